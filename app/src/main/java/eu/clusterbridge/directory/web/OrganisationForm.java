package eu.clusterbridge.directory.web;

import java.math.BigDecimal;
import java.util.List;

import eu.clusterbridge.directory.ExcellenceLabel;
import eu.clusterbridge.directory.Organisation;
import eu.clusterbridge.directory.OrganisationProfile;
import eu.clusterbridge.shared.FieldChecks;

import static eu.clusterbridge.shared.FormText.code;
import static eu.clusterbridge.shared.FormText.commaSeparated;
import static eu.clusterbridge.shared.FormText.lines;
import static eu.clusterbridge.shared.FormText.orNull;
import static eu.clusterbridge.shared.FormText.text;

/**
 * The organisation form as the browser sends it: lists are one entry per line (aliases, technologies…) or
 * comma-separated codes (target markets), numbers as text so a typo is reported next to its field.
 */
record OrganisationForm(
        String name, String aliases, String type, String country, String nutsRegion, String city, String website,
        String email, String description, List<String> sectors, List<String> valueChainStages, String technologies,
        String services, String targetMarkets, String facts, String memberCount, String smeCount, String staffFte,
        String yearFounded, String excellenceLabel) {

    OrganisationForm {
        sectors = sectors == null ? List.of() : sectors;
        valueChainStages = valueChainStages == null ? List.of() : valueChainStages;
    }

    static OrganisationForm empty() {
        return new OrganisationForm("", "", "CLUSTER_ORGANISATION", "", "", "", "", "", "", List.of(), List.of(), "", "", "", "",
                "", "", "", "", "");
    }

    static OrganisationForm of(Organisation o) {
        return new OrganisationForm(o.getName(), lines(o.getAliases()), o.getType(), o.getCountry(), text(o.getNutsRegion()),
                text(o.getCity()), text(o.getWebsite()), text(o.getEmail()), text(o.getDescription()), o.getSectors(),
                o.getValueChainStages(), lines(o.getTechnologies()), lines(o.getServices()), commaSeparated(o.getTargetMarkets()),
                lines(o.getFacts()), text(o.getMemberCount()), text(o.getSmeCount()),
                o.getStaffFte() == null ? "" : o.getStaffFte().stripTrailingZeros().toPlainString(), text(o.getYearFounded()),
                o.getExcellenceLabel() == null ? "" : o.getExcellenceLabel().name());
    }

    /** The profile; numbers that cannot be read are reported in {@code checks}. */
    OrganisationProfile toProfile(FieldChecks checks) {
        BigDecimal fte = checks.decimal("staffFte", staffFte);
        return new OrganisationProfile(name, lines(aliases), type, code(country), code(nutsRegion), orNull(city),
                orNull(website), orNull(email), orNull(description), sectors, valueChainStages, lines(technologies),
                lines(services), commaSeparated(code(targetMarkets)), lines(facts), checks.integer("memberCount", memberCount),
                checks.integer("smeCount", smeCount), fte, checks.integer("yearFounded", yearFounded),
                checks.choice("excellenceLabel", excellenceLabel, ExcellenceLabel.class));
    }
}
