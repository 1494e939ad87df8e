package eu.clusterbridge.community;

/** A figure stated about an event ("participants" → "450"), kept as written in the source. */
public record Figure(String label, String value) {
}
