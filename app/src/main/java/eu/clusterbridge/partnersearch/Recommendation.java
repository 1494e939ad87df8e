package eu.clusterbridge.partnersearch;

import java.util.List;

/**
 * A recommended partner: the organisation, its score (the sum of its components' points), a short explanation
 * made of the components' reasons, and every component so a user can see how the score came about.
 */
public record Recommendation(
        Long organisationId,
        String key,
        String name,
        String type,
        String country,
        double score,
        String explanation,
        List<ScoreComponent> components) {
}
