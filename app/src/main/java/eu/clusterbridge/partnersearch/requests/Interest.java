package eu.clusterbridge.partnersearch.requests;

import java.time.Instant;

/** An organisation's interest in a request, expressed by one of its people. */
public record Interest(long id, long requestId, long accountId, long organisationId, String message, Instant createdAt) {
}
