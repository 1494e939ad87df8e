package eu.clusterbridge.taxonomy;

/**
 * An industry classification a profile can be tagged with.
 *
 * @param code unique across all kinds ("automotive", "emerging-digital-industries", "s3-photonics", "ecosystem-health")
 * @param name English name as the source writes it
 * @param kind which classification the code belongs to
 */
public record Sector(String code, String name, SectorKind kind) {
}
