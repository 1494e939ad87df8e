package eu.clusterbridge.taxonomy;

/**
 * A generic stage of a value chain on which an organisation can be placed.
 *
 * @param code           stable code ("design-and-engineering")
 * @param position       1-based place in the chain, upstream first, so stages sort in chain order
 * @param name           English name
 * @param porterActivity the activity of Porter's value chain it corresponds to
 */
public record ValueChainStage(String code, int position, String name, String porterActivity) {
}
