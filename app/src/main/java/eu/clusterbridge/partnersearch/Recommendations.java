package eu.clusterbridge.partnersearch;

import java.util.List;

/**
 * The answer to a recommendation request: who it was for (a sentence), the weights used and the ranked results,
 * best first.
 */
public record Recommendations(String seeker, RecommendationWeights weights, List<Recommendation> results) {
}
