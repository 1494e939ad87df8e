package eu.clusterbridge.search.internal;

import eu.clusterbridge.partnerships.Programme;
import eu.clusterbridge.search.Facet;
import eu.clusterbridge.taxonomy.Labels;
import org.springframework.stereotype.Component;

/** The label shown next to each facet value. */
@Component
public class FacetLabels {

    private final Labels labels;

    FacetLabels(Labels labels) {
        this.labels = labels;
    }

    public String label(Facet facet, String value) {
        return switch (facet) {
            case TYPE -> labels.organisationType(value);
            case COUNTRY, TARGET_MARKET -> labels.country(value);
            case REGION -> labels.region(value);
            case SECTOR -> labels.sector(value);
            case PROGRAMME -> programme(value);
        };
    }

    private static String programme(String value) {
        try {
            return Programme.valueOf(value).label();
        } catch (IllegalArgumentException e) {
            return value;
        }
    }
}
