package eu.clusterbridge.matchmaking;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A matchmaking event as stored; the sessions, slots, tables and types are read separately.
 *
 * @param organiserId the organising organisation of the directory (its owners and editors organise the event), or
 *                    {@code null} for an event organised by the platform's administrators alone
 * @param maxMeetingsPerSession meetings per participant in each session at most, or {@code null} for no such limit
 */
public record MatchmakingEvent(
        long id,
        String key,
        String name,
        String venue,
        boolean online,
        String timeZone,
        LocalDate registrationDeadline,
        int slotMinutes,
        int pauseMinutes,
        RequestMode requestMode,
        Integer requestExpiryDays,
        boolean anyToAny,
        Integer maxMeetings,
        Integer fairness,
        Integer maxMeetingsPerSession,
        String status,
        long scheduleVersion,
        Long organiserId) {

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    /** Participants register themselves until the end of the deadline's day in the event's time zone. */
    public boolean registrationOpen(java.time.Instant now) {
        return registrationDeadline == null || !now.atZone(zone()).toLocalDate().isAfter(registrationDeadline);
    }

    public boolean isPublished() {
        return "PUBLISHED".equals(status);
    }
}
