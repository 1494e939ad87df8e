package eu.clusterbridge.scheduler.model;

/** A scheduled meeting: held in {@code slot} at {@code table}. */
public record Assignment(String meetingId, int slot, int table) {
}
