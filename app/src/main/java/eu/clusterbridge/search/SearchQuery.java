package eu.clusterbridge.search;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import eu.clusterbridge.shared.TextLists;

/**
 * A directory search: free text (may be empty), the selected values of each facet (values of one facet are
 * alternatives, facets are combined), and the page wanted (0-based).
 */
public record SearchQuery(String text, Map<Facet, List<String>> filters, int page, int size) {

    public static final int MAX_SIZE = 100;

    public SearchQuery {
        text = text == null ? "" : text.strip();
        EnumMap<Facet, List<String>> copy = new EnumMap<>(Facet.class);
        if (filters != null) {
            filters.forEach((facet, values) -> {
                List<String> clean = TextLists.clean(values);
                if (!clean.isEmpty()) {
                    copy.put(facet, clean);
                }
            });
        }
        filters = Map.copyOf(copy);
        if (page < 0) {
            throw new IllegalArgumentException("page must be 0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE);
        }
    }

    public List<String> selected(Facet facet) {
        return filters.getOrDefault(facet, List.of());
    }
}
