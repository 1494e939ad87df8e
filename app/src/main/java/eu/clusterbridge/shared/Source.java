package eu.clusterbridge.shared;

/**
 * The place a fact was transcribed from.
 *
 * @param seed    the seed document's number ("003") or another citation
 * @param section the section within it ("Annex 1, Table 1")
 * @param lines   the line or line range ("1833" or "1885-1902"), or {@code null}
 */
public record Source(String seed, String section, String lines) {
}
