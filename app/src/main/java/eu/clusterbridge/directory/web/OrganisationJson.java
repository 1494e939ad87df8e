package eu.clusterbridge.directory.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import eu.clusterbridge.directory.ExcellenceLabel;
import eu.clusterbridge.directory.Organisation;
import eu.clusterbridge.shared.Source;

/** An organisation as the API shows it: the profile, its provenance and its audit times. */
record OrganisationJson(
        Long id, String key, String name, List<String> aliases, String type, String country, String nutsRegion,
        String city, String website, String email, String description, List<String> sectors,
        List<String> valueChainStages, List<String> technologies, List<String> services, List<String> targetMarkets,
        List<String> facts, Integer memberCount, Integer smeCount, BigDecimal staffFte, Integer yearFounded,
        ExcellenceLabel excellenceLabel, List<Source> sources, List<String> notes, Instant createdAt, Instant updatedAt) {

    static OrganisationJson of(Organisation o) {
        return new OrganisationJson(o.getId(), o.getKey(), o.getName(), o.getAliases(), o.getType(), o.getCountry(),
                o.getNutsRegion(), o.getCity(), o.getWebsite(), o.getEmail(), o.getDescription(), o.getSectors(),
                o.getValueChainStages(), o.getTechnologies(), o.getServices(), o.getTargetMarkets(), o.getFacts(),
                o.getMemberCount(), o.getSmeCount(), o.getStaffFte(), o.getYearFounded(), o.getExcellenceLabel(),
                o.getSources(), o.getNotes(), o.getCreatedAt(), o.getUpdatedAt());
    }
}
