package eu.clusterbridge.scheduler.explain;

/** Why meeting {@code meetingId} between {@code a} and {@code b} is not in the schedule. */
public record Explanation(String meetingId, String a, String b, String reason) {

    @Override
    public String toString() {
        return meetingId + " (" + a + " with " + b + "): " + reason;
    }
}
