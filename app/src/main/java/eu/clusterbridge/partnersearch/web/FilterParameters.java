package eu.clusterbridge.partnersearch.web;

import java.util.List;
import java.util.Set;

import eu.clusterbridge.partnersearch.RecommendationFilters;
import eu.clusterbridge.shared.TextLists;

/** Reads the filter parameters the API and the pages share; blank values (an empty select) mean "no filter". */
final class FilterParameters {

    private FilterParameters() {
    }

    static RecommendationFilters of(Integer limit, List<String> country, List<String> excludeCountry, List<String> sector,
                                    List<Long> excludePartnership) {
        return new RecommendationFilters(limit == null ? RecommendationFilters.DEFAULT_LIMIT : limit,
                Set.copyOf(TextLists.clean(country)), Set.copyOf(TextLists.clean(excludeCountry)), Set.copyOf(TextLists.clean(sector)),
                excludePartnership == null ? Set.of() : Set.copyOf(excludePartnership.stream().filter(java.util.Objects::nonNull).toList()));
    }
}
