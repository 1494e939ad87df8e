package eu.clusterbridge.search;

/** The facets of the directory search, with the index field each one counts and filters on. */
public enum Facet {
    TYPE("type", "type"),
    COUNTRY("country", "country"),
    REGION("region", "nutsRegion"),
    SECTOR("sector", "sector"),
    PROGRAMME("programme", "programme"),
    TARGET_MARKET("targetMarket", "targetMarket");

    private final String parameter;
    private final String field;

    Facet(String parameter, String field) {
        this.parameter = parameter;
        this.field = field;
    }

    /** The name of the facet in URLs and JSON ({@code ?country=FR&sector=plastics}). */
    public String parameter() {
        return parameter;
    }

    String field() {
        return field;
    }
}
