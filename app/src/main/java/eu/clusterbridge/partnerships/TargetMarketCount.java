package eu.clusterbridge.partnerships;

import java.util.List;

/** How many partnerships target one third country, and which. */
public record TargetMarketCount(String country, long partnerships, List<String> acronyms) {
}
