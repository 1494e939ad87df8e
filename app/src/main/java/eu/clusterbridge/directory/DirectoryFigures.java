package eu.clusterbridge.directory;

/** How many organisations the directory holds, how many are cluster organisations, and in how many countries. */
public record DirectoryFigures(long organisations, long clusterOrganisations, long countries) {
}
