package eu.clusterbridge.taxonomy;

/**
 * The helix an organisation type belongs to. A cluster organisation must have members of at least two helices,
 * which is why every organisation type names one.
 */
public enum TripleHelix {
    INDUSTRY,
    RESEARCH_ACADEMIA,
    PUBLIC,
    /** The fourth helix of the quadruple-helix model. */
    CIVIL_SOCIETY,
    /** Intermediaries (cluster organisations, associations) and anything else. */
    NONE
}
