package eu.clusterbridge.directory;

/** The cluster management excellence label of the European Secretariat for Cluster Analysis (ESCA). */
public enum ExcellenceLabel {
    BRONZE,
    SILVER,
    GOLD
}
