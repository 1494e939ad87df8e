package eu.clusterbridge.matchmaking;

import java.time.LocalDate;
import java.time.ZoneId;

/** A matchmaking event as stored; the sessions, slots, tables and types are read separately. */
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
        String status,
        long scheduleVersion) {

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    public boolean isPublished() {
        return "PUBLISHED".equals(status);
    }
}
