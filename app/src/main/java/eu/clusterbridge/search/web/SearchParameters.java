package eu.clusterbridge.search.web;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import eu.clusterbridge.search.Facet;
import eu.clusterbridge.search.SearchQuery;
import eu.clusterbridge.shared.InvalidInput;
import org.springframework.util.MultiValueMap;

/**
 * Reads a search from URL parameters ({@code ?q=packaging&country=PT&country=ES&page=1}); the web page and the
 * API share this, so every result list has a shareable URL. Unknown parameters are rejected, not ignored.
 */
final class SearchParameters {

    static final int DEFAULT_SIZE = 20;
    private static final Set<String> GENERAL = Set.of("q", "page", "size");

    private SearchParameters() {
    }

    static SearchQuery from(MultiValueMap<String, String> parameters) {
        Map<Facet, List<String>> filters = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            List<String> values = parameters.get(facet.parameter());
            if (values != null) {
                filters.put(facet, values);
            }
        }
        for (String name : parameters.keySet()) {
            if (!GENERAL.contains(name) && filters.keySet().stream().noneMatch(f -> f.parameter().equals(name))) {
                throw InvalidInput.of(name, "is not a search parameter (q, page, size, type, country, region, sector, programme, targetMarket)");
            }
        }
        int page = number(parameters.getFirst("page"), "page", 0, 10_000, 0);
        int size = number(parameters.getFirst("size"), "size", 1, SearchQuery.MAX_SIZE, DEFAULT_SIZE);
        return new SearchQuery(parameters.getFirst("q"), filters, page, size);
    }

    private static int number(String value, String name, int min, int max, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number < min || number > max) {
                throw InvalidInput.of(name, "must be between " + min + " and " + max);
            }
            return number;
        } catch (NumberFormatException e) {
            throw InvalidInput.of(name, "must be a whole number");
        }
    }
}
