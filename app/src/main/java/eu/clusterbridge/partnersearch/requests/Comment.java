package eu.clusterbridge.partnersearch.requests;

import java.time.Instant;

/** A public comment on a request; {@code accountId} is null once its author's account is deleted. */
public record Comment(long id, long requestId, Long accountId, String text, Instant createdAt) {
}
