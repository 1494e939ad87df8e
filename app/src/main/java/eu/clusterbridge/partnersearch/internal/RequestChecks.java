package eu.clusterbridge.partnersearch.internal;

import java.util.ArrayList;
import java.util.List;

import eu.clusterbridge.partnersearch.Need;
import eu.clusterbridge.partnersearch.RecommendationFilters;
import eu.clusterbridge.shared.FieldChecks;
import eu.clusterbridge.taxonomy.Taxonomy;

/**
 * Checks a recommendation request against the reference data before anything is searched, naming fields as the
 * API's parameters do ({@code country[0]}, {@code limit}), so a typo is a 400 with a message and not an empty list.
 */
public final class RequestChecks {

    private final Taxonomy taxonomy;

    public RequestChecks(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    public FieldChecks filters(RecommendationFilters filters, java.util.function.LongPredicate partnershipExists) {
        FieldChecks checks = new FieldChecks()
                .range("limit", filters.limit(), 1, RecommendationFilters.MAX_LIMIT)
                .allKnown("country", sorted(filters.countries()), taxonomy::isIsoCountry, "ISO 3166 country code")
                .allKnown("excludeCountry", sorted(filters.excludedCountries()), taxonomy::isIsoCountry, "ISO 3166 country code")
                .allKnown("sector", sorted(filters.sectors()), taxonomy::isSector, "sector code");
        int index = 0;
        for (Long id : filters.excludedPartnerships().stream().sorted().toList()) {
            checks.when(!partnershipExists.test(id), "excludePartnership[" + index++ + "]", "no partnership has id " + id);
        }
        return checks;
    }

    public FieldChecks need(Need need, FieldChecks checks) {
        return checks.required("need", need.text() == null || need.text().isBlank() ? null : need.text())
                .maxLength("need", need.text(), Need.MAX_TEXT)
                .allKnown("targetMarket", need.targetMarkets(), taxonomy::isIsoCountry, "ISO 3166 country code")
                .allKnown("valueChainStage", need.valueChainStages(), taxonomy::isValueChainStage, "value-chain stage code")
                .allKnown("needSector", need.sectors(), taxonomy::isSector, "sector code");
    }

    private static List<String> sorted(java.util.Set<String> values) {
        List<String> list = new ArrayList<>(values);
        list.sort(null);
        return list;
    }
}
