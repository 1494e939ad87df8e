package eu.clusterbridge.partnersearch;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How much each signal counts: a recommendation's score is the sum over signals of weight × the signal's value
 * (each value between 0 and 1). Set with {@code clusterbridge.recommendations.weights.*}; 0 switches a signal off.
 * The defaults favour complementarity and the network over look-alike text, as the Smart Guide advises.
 */
@ConfigurationProperties("clusterbridge.recommendations.weights")
public record RecommendationWeights(
        @DefaultValue("1.0") double text,
        @DefaultValue("1.0") double sector,
        @DefaultValue("1.0") double valueChain,
        @DefaultValue("0.75") double targetMarkets,
        @DefaultValue("0.5") double geography,
        @DefaultValue("0.5") double tripleHelix,
        @DefaultValue("1.5") double network) {

    public RecommendationWeights {
        for (double weight : new double[] {text, sector, valueChain, targetMarkets, geography, tripleHelix, network}) {
            if (weight < 0 || Double.isNaN(weight) || Double.isInfinite(weight)) {
                throw new IllegalArgumentException("recommendation weights must be finite and 0 or more");
            }
        }
    }

    /** The defaults above, for code that runs without Spring (tests, benchmarks). */
    public static RecommendationWeights defaults() {
        return new RecommendationWeights(1.0, 1.0, 1.0, 0.75, 0.5, 0.5, 1.5);
    }

    /** Text similarity alone: the baseline the evaluation compares against. */
    public static RecommendationWeights textOnly() {
        return new RecommendationWeights(1.0, 0, 0, 0, 0, 0, 0);
    }

    public double of(Signal signal) {
        return switch (signal) {
            case TEXT -> text;
            case SECTOR -> sector;
            case VALUE_CHAIN -> valueChain;
            case TARGET_MARKETS -> targetMarkets;
            case GEOGRAPHY -> geography;
            case TRIPLE_HELIX -> tripleHelix;
            case NETWORK -> network;
        };
    }

    /** A copy with one weight changed, for experiments and the tests that prove each weight matters. */
    public RecommendationWeights with(Signal signal, double weight) {
        return new RecommendationWeights(
                signal == Signal.TEXT ? weight : text, signal == Signal.SECTOR ? weight : sector,
                signal == Signal.VALUE_CHAIN ? weight : valueChain, signal == Signal.TARGET_MARKETS ? weight : targetMarkets,
                signal == Signal.GEOGRAPHY ? weight : geography, signal == Signal.TRIPLE_HELIX ? weight : tripleHelix,
                signal == Signal.NETWORK ? weight : network);
    }
}
