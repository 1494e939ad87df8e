package eu.clusterbridge.partnerships.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import eu.clusterbridge.directory.Organisation;
import eu.clusterbridge.partnerships.Partner;
import eu.clusterbridge.partnerships.Partnership;
import eu.clusterbridge.partnerships.PartnershipProfile;
import eu.clusterbridge.partnerships.Programme;
import eu.clusterbridge.partnerships.Strand;
import eu.clusterbridge.shared.FieldChecks;

import static eu.clusterbridge.shared.FormText.code;
import static eu.clusterbridge.shared.FormText.commaSeparated;
import static eu.clusterbridge.shared.FormText.isBlank;
import static eu.clusterbridge.shared.FormText.lines;
import static eu.clusterbridge.shared.FormText.orNull;
import static eu.clusterbridge.shared.FormText.text;

/**
 * The partnership form as the browser sends it. Partners are rows (organisation key, country, role,
 * coordinator); empty rows are ignored, so the form always offers a few spare ones.
 */
record PartnershipForm(
        String acronym, String name, String programme, String strand, String listNumber, String periodStart,
        String periodEnd, List<String> sectors, List<PartnerRow> partners, String objectives, String mainActivities,
        String targetMarkets, String targetRegions, String smesInvolved, String results, String website) {

    static final int SPARE_ROWS = 3;

    record PartnerRow(String organisation, String country, String role, boolean coordinator) {

        boolean isEmpty() {
            return isBlank(organisation) && isBlank(country);
        }
    }

    PartnershipForm {
        sectors = sectors == null ? List.of() : sectors;
        partners = partners == null ? List.of() : partners;
    }

    static PartnershipForm empty() {
        return new PartnershipForm("", "", Programme.ESCP_4I_2.name(), "", "", "", "", List.of(), List.of(),
                "", "", "", "", "", "", "").withSpareRows();
    }

    static PartnershipForm of(Partnership p, Map<Long, Organisation> organisations) {
        List<PartnerRow> rows = new ArrayList<>();
        for (Partner partner : p.getPartners()) {
            Organisation o = organisations.get(partner.organisationId());
            rows.add(new PartnerRow(o == null ? "" : o.getKey(), partner.country(), partner.role(), partner.coordinator()));
        }
        return new PartnershipForm(p.getAcronym(), p.getName(), p.getProgramme().name(),
                p.getStrand() == null ? "" : p.getStrand().name(), text(p.getListNumber()), text(p.getPeriodStart()),
                text(p.getPeriodEnd()), p.getSectors(), rows, lines(p.getObjectives()), lines(p.getMainActivities()),
                commaSeparated(p.getTargetMarkets()), lines(p.getTargetRegions()), text(p.getSmesInvolved()),
                lines(p.getResults()), text(p.getWebsite())).withSpareRows();
    }

    /** The same form with the filled partner rows and {@link #SPARE_ROWS} empty ones to add partners. */
    PartnershipForm withSpareRows() {
        List<PartnerRow> rows = new ArrayList<>(partners.stream().filter(r -> !r.isEmpty()).toList());
        for (int i = 0; i < SPARE_ROWS; i++) {
            rows.add(new PartnerRow("", "", "", false));
        }
        return new PartnershipForm(acronym, name, programme, strand, listNumber, periodStart, periodEnd, sectors, rows,
                objectives, mainActivities, targetMarkets, targetRegions, smesInvolved, results, website);
    }

    /** The profile; organisation keys are resolved by the caller, problems are collected in {@code checks}. */
    PartnershipProfile toProfile(Map<String, Long> organisationIds, FieldChecks checks) {
        List<Partner> partnerList = new ArrayList<>();
        for (int i = 0; i < partners.size(); i++) {
            PartnerRow row = partners.get(i);
            if (row.isEmpty()) {
                continue;
            }
            Long id = organisationIds.get(isBlank(row.organisation()) ? "" : row.organisation().strip());
            checks.when(id == null, "partners", "row " + (i + 1) + ": no organisation with key '" + text(row.organisation()) + "'");
            partnerList.add(new Partner(id, code(row.country()), isBlank(row.role()) ? "partner" : row.role().strip(), row.coordinator()));
        }
        return new PartnershipProfile(acronym, name, checks.choice("programme", programme, Programme.class),
                checks.choice("strand", strand, Strand.class), checks.integer("listNumber", listNumber),
                checks.date("periodStart", periodStart), checks.date("periodEnd", periodEnd), sectors,
                lines(objectives), lines(mainActivities), commaSeparated(code(targetMarkets)), lines(targetRegions),
                checks.integer("smesInvolved", smesInvolved), lines(results), orNull(website), partnerList);
    }
}
