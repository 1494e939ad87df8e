package eu.clusterbridge.accounts;

import java.time.Instant;

/** One in-app notice to a person: what happened, in a sentence or two, and the page where it happened. */
public record Notification(long id, String subject, String text, String path, Instant createdAt, boolean read) {
}
