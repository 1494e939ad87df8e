package eu.clusterbridge.partnersearch;

import java.util.List;
import java.util.Set;

/**
 * What a recommendation request may restrict: how many results (1–{@value #MAX_LIMIT}), countries a partner must
 * be in (any of them) or must not be in, sectors a partner must have (any of them), and partnerships whose ties are
 * left out of the network signal (to evaluate on held-out partnerships). Checked by {@link PartnerRecommendations}.
 */
public record RecommendationFilters(int limit, Set<String> countries, Set<String> excludedCountries, Set<String> sectors,
                                    Set<Long> excludedPartnerships) {

    public static final int DEFAULT_LIMIT = 10;
    public static final int MAX_LIMIT = 50;

    public RecommendationFilters {
        countries = countries == null ? Set.of() : Set.copyOf(countries);
        excludedCountries = excludedCountries == null ? Set.of() : Set.copyOf(excludedCountries);
        sectors = sectors == null ? Set.of() : Set.copyOf(sectors);
        excludedPartnerships = excludedPartnerships == null ? Set.of() : Set.copyOf(excludedPartnerships);
    }

    public static RecommendationFilters top(int limit) {
        return new RecommendationFilters(limit, Set.of(), Set.of(), Set.of(), Set.of());
    }

    public RecommendationFilters excludingPartnerships(List<Long> partnershipIds) {
        return new RecommendationFilters(limit, countries, excludedCountries, sectors, Set.copyOf(partnershipIds));
    }

    /** A copy requiring partners in {@code required} (any of them). */
    public RecommendationFilters inCountries(Set<String> required) {
        return new RecommendationFilters(limit, required, excludedCountries, sectors, excludedPartnerships);
    }

    /** Whether a partner in {@code country} with {@code partnerSectors} passes the country and sector filters. */
    public boolean admits(String country, List<String> partnerSectors) {
        return (countries.isEmpty() || countries.contains(country))
                && (country == null || !excludedCountries.contains(country))
                && (sectors.isEmpty() || partnerSectors.stream().anyMatch(sectors::contains));
    }
}
