package eu.clusterbridge.partnerships.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import eu.clusterbridge.directory.Organisation;
import eu.clusterbridge.partnerships.Partnership;
import eu.clusterbridge.partnerships.Programme;
import eu.clusterbridge.partnerships.Strand;
import eu.clusterbridge.shared.Source;

/** A partnership as the API shows it, each partner with the organisation's key and name for convenience. */
record PartnershipJson(
        Long id, String key, String acronym, String name, Programme programme, Strand strand, Integer listNumber,
        LocalDate periodStart, LocalDate periodEnd, List<String> sectors, List<PartnerJson> partners,
        List<String> objectives, List<String> mainActivities, List<String> targetMarkets, List<String> targetRegions,
        Integer smesInvolved, List<String> results, String website, List<Source> sources, List<String> notes) {

    record PartnerJson(Long organisationId, String organisationKey, String organisationName, String country, String role,
                       boolean coordinator) {
    }

    static PartnershipJson of(Partnership p, Map<Long, Organisation> organisations) {
        List<PartnerJson> partners = p.getPartners().stream().map(partner -> {
            Organisation o = organisations.get(partner.organisationId());
            return new PartnerJson(partner.organisationId(), o == null ? null : o.getKey(), o == null ? null : o.getName(),
                    partner.country(), partner.role(), partner.coordinator());
        }).toList();
        return new PartnershipJson(p.getId(), p.getKey(), p.getAcronym(), p.getName(), p.getProgramme(), p.getStrand(),
                p.getListNumber(), p.getPeriodStart(), p.getPeriodEnd(), p.getSectors(), partners, p.getObjectives(),
                p.getMainActivities(), p.getTargetMarkets(), p.getTargetRegions(), p.getSmesInvolved(), p.getResults(),
                p.getWebsite(), p.getSources(), p.getNotes());
    }
}
