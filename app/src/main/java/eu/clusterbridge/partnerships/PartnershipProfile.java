package eu.clusterbridge.partnerships;

import java.time.LocalDate;
import java.util.List;

import eu.clusterbridge.shared.TextLists;

/** The editable part of a partnership, as entered in a form or sent to the API. */
public record PartnershipProfile(
        String acronym,
        String name,
        Programme programme,
        Strand strand,
        Integer listNumber,
        LocalDate periodStart,
        LocalDate periodEnd,
        List<String> sectors,
        List<String> objectives,
        List<String> mainActivities,
        List<String> targetMarkets,
        List<String> targetRegions,
        Integer smesInvolved,
        List<String> results,
        String website,
        List<Partner> partners) {

    public PartnershipProfile {
        sectors = TextLists.clean(sectors);
        objectives = TextLists.clean(objectives);
        mainActivities = TextLists.clean(mainActivities);
        targetMarkets = TextLists.clean(targetMarkets);
        targetRegions = TextLists.clean(targetRegions);
        results = TextLists.clean(results);
        partners = partners == null ? List.of() : List.copyOf(partners);
    }

}
