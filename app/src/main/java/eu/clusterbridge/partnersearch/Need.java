package eu.clusterbridge.partnersearch;

import java.util.List;

/**
 * A free-text need ("smart packaging partners in Portugal for a mission to Canada") with optional structure:
 * the sectors and value-chain stages the partner should cover and the target markets of the project. Countries
 * named in the text are read too (see the need reader).
 */
public record Need(String text, List<String> sectors, List<String> valueChainStages, List<String> targetMarkets) {

    public static final int MAX_TEXT = 2000;

    public Need {
        sectors = sectors == null ? List.of() : List.copyOf(sectors);
        valueChainStages = valueChainStages == null ? List.of() : List.copyOf(valueChainStages);
        targetMarkets = targetMarkets == null ? List.of() : List.copyOf(targetMarkets);
    }

    public static Need of(String text) {
        return new Need(text, List.of(), List.of(), List.of());
    }
}
