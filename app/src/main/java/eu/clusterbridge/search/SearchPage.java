package eu.clusterbridge.search;

import java.util.List;
import java.util.Map;

/**
 * One page of results in relevance order (name order without text), the total number of matches, and the
 * counts of every facet value, by facet parameter name ({@code country}, {@code sector}…).
 */
public record SearchPage(List<Hit> hits, long total, int page, int size, Map<String, List<FacetValue>> facets) {

    /** An organisation or partnership found. {@code kind} is ORGANISATION or PARTNERSHIP. */
    public record Hit(String kind, Long id, String key, String title, String subtitle, List<String> countries,
                      String snippet, float score) {
    }

    public record FacetValue(String value, String label, long count, boolean selected) {
    }

    public int pages() {
        return (int) Math.min(Integer.MAX_VALUE, (total + size - 1) / size);
    }
}
