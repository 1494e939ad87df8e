package eu.clusterbridge.matchmaking;

/** A new meeting request as submitted. */
public record RequestSpec(Long requesterId, Long targetId, Integer priority, String message) {
}
