package eu.clusterbridge.partnerships;

/**
 * A partnership was created, changed (its partners too) or deleted. Modules that keep derived data about who
 * partnered with whom (the partner-search network) rebuild it.
 */
public record PartnershipChanged(Long partnershipId) {
}
