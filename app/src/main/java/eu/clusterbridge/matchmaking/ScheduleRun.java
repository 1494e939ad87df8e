package eu.clusterbridge.matchmaking;

import java.time.OffsetDateTime;

/**
 * One run of the automatic scheduler for an event.
 *
 * @param state       QUEUED, RUNNING, DONE, FAILED, or STALE (the board changed while it ran; nothing was saved)
 * @param progress    the solver's latest progress line while it runs
 * @param boundWeight the proved upper bound of the total weight; {@code gap} = (bound − weight) / bound
 */
public record ScheduleRun(
        long id,
        long eventId,
        String state,
        String progress,
        String requestedBy,
        OffsetDateTime createdAt,
        OffsetDateTime finishedAt,
        String solverStatus,
        Integer requests,
        Integer meetings,
        Long weight,
        Integer breaks,
        Long boundWeight,
        Double gap,
        Double seconds,
        String message) {

    public boolean isFinished() {
        return !"QUEUED".equals(state) && !"RUNNING".equals(state);
    }

    /** A meeting the run could not place, and why. */
    public record Unplaced(long aId, long bId, int weight, String reason) {
    }
}
