package eu.clusterbridge.matchmaking;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;

/** The parts of an event's set-up, as read back. */
public final class EventParts {

    private EventParts() {
    }

    public record Session(long id, String name, LocalDate day, LocalTime starts, LocalTime ends) {
    }

    /** A time slot, numbered 1..n in time order across the event; meetings are held in slots. */
    public record Slot(long id, long sessionId, int number, OffsetDateTime startsAt, OffsetDateTime endsAt) {
    }

    /** A table (location); {@code hostId} is the participant who hosts all their meetings at it, if any. */
    public record Table(long id, int number, String name, Long hostId) {
    }

    public record ParticipantType(long id, String code, String name, Integer maxMeetings) {
    }

    public record BookingRule(String requester, String target) {
    }
}
