package eu.clusterbridge.matchmaking;

import java.time.OffsetDateTime;

/** A request from one participant to meet another, with the requester's priority (1 low … 5 high). */
public record MeetingRequest(
        long id,
        long eventId,
        long requesterId,
        long targetId,
        int priority,
        String message,
        RequestStatus status,
        OffsetDateTime createdAt,
        OffsetDateTime expiresAt) {
}
