package eu.clusterbridge.matchmaking;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import eu.clusterbridge.matchmaking.EventParts.Slot;
import eu.clusterbridge.matchmaking.EventParts.Table;
import eu.clusterbridge.matchmaking.internal.BoardChecks;
import eu.clusterbridge.matchmaking.internal.EventStore;
import eu.clusterbridge.matchmaking.internal.MeetingStore;
import eu.clusterbridge.matchmaking.internal.SnapshotReader;
import eu.clusterbridge.shared.InvalidInput;
import eu.clusterbridge.shared.NotFound;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organiser's hand on the schedule: move, place, lock, clear and publish. Every change first lists its
 * conflicts (so the grid can show them before saving); two changes racing past those checks are stopped by the
 * database's unique constraints and reported as a {@link BoardConflict} as well.
 */
@Service
@Transactional(readOnly = true)
public class ScheduleBoard {

    private final MatchmakingEvents events;
    private final MeetingStore meetings;
    private final EventStore eventStore;
    private final SnapshotReader reader;
    private final EventAccess access;

    ScheduleBoard(MatchmakingEvents events, MeetingStore meetings, EventStore eventStore, SnapshotReader reader, EventAccess access) {
        this.events = events;
        this.meetings = meetings;
        this.eventStore = eventStore;
        this.reader = reader;
        this.access = access;
    }

    public List<Meeting> meetings(long eventId) {
        events.get(eventId);
        return meetings.ofEvent(eventId);
    }

    public List<Meeting> agendaOf(long participantId) {
        return meetings.ofParticipant(participantId);
    }

    public Meeting get(long meetingId) {
        return meetings.find(meetingId).orElseThrow(() -> new MeetingNotFound(meetingId));
    }

    /** What moving the meeting to a slot and table would break; empty when the move is fine. */
    public List<String> conflicts(long meetingId, int slotNumber, int tableNumber) {
        Meeting meeting = get(meetingId);
        return new BoardChecks(reader.read(meeting.eventId())).conflicts(meeting.aId(), meeting.bId(), meetingId, slotNumber, tableNumber);
    }

    @Transactional
    public Meeting move(long meetingId, int slotNumber, int tableNumber) {
        Meeting meeting = get(meetingId);
        access.requireOrganiser(meeting.eventId());
        List<String> conflicts = conflicts(meetingId, slotNumber, tableNumber);
        if (!conflicts.isEmpty()) {
            throw new BoardConflict(conflicts);
        }
        try {
            meetings.move(meetingId, slot(meeting.eventId(), slotNumber).id(), table(meeting.eventId(), tableNumber).id());
        } catch (DuplicateKeyException raced) {
            throw new BoardConflict(List.of("slot " + slotNumber + " or table " + tableNumber + " was taken by a change made at the same time"));
        }
        eventStore.bumpScheduleVersion(meeting.eventId());
        return get(meetingId);
    }

    /** Places a meeting between two participants by hand (they must have an accepted request between them). */
    @Transactional
    public Meeting place(long eventId, long a, long b, int slotNumber, int tableNumber) {
        access.requireOrganiser(eventId);
        BoardChecks checks = new BoardChecks(reader.read(eventId));
        Integer weight = checks.requestedWeight(a, b);
        if (weight == null) {
            throw InvalidInput.of("participants", "there is no accepted request between participants " + a + " and " + b);
        }
        List<String> conflicts = checks.conflicts(a, b, null, slotNumber, tableNumber);
        if (!conflicts.isEmpty()) {
            throw new BoardConflict(conflicts);
        }
        try {
            long id = meetings.insert(eventId, a, b, slot(eventId, slotNumber).id(), table(eventId, tableNumber).id(), weight, false, "ORGANISER");
            eventStore.bumpScheduleVersion(eventId);
            return get(id);
        } catch (DuplicateKeyException raced) {
            throw new BoardConflict(List.of("the pair, slot " + slotNumber + " or table " + tableNumber + " was taken by a change made at the same time"));
        }
    }

    /**
     * Places a walk-in meeting on the day, in a slot a no-show freed or any free one: no accepted request is needed
     * (the organiser confirmed the pair on the spot), every other rule of the board still holds.
     */
    @Transactional
    public Meeting placeWalkIn(long eventId, long a, long b, int slotNumber, int tableNumber) {
        access.requireOrganiser(eventId);
        BoardChecks checks = new BoardChecks(reader.read(eventId));
        Integer weight = checks.requestedWeight(a, b);
        List<String> conflicts = checks.conflicts(a, b, null, slotNumber, tableNumber);
        if (!conflicts.isEmpty()) {
            throw new BoardConflict(conflicts);
        }
        try {
            long id = meetings.insert(eventId, a, b, slot(eventId, slotNumber).id(), table(eventId, tableNumber).id(),
                    weight == null ? 1 : weight, false, "WALK_IN");
            eventStore.bumpScheduleVersion(eventId);
            return get(id);
        } catch (DuplicateKeyException raced) {
            throw new BoardConflict(List.of("the pair, slot " + slotNumber + " or table " + tableNumber + " was taken by a change made at the same time"));
        }
    }

    @Transactional
    public Meeting lock(long meetingId, boolean locked) {
        Meeting meeting = get(meetingId);
        access.requireOrganiser(meeting.eventId());
        meetings.setLocked(meetingId, locked);
        eventStore.bumpScheduleVersion(meeting.eventId());
        return get(meetingId);
    }

    @Transactional
    public void clear(long eventId) {
        events.get(eventId);
        access.requireOrganiser(eventId);
        meetings.deleteAll(eventId);
        eventStore.bumpScheduleVersion(eventId);
    }

    /** Publishing makes the agendas visible to everyone; unpublishing hides them again. */
    @Transactional
    public MatchmakingEvent publish(long eventId, boolean published) {
        events.get(eventId);
        access.requireOrganiser(eventId);
        eventStore.setStatus(eventId, published ? "PUBLISHED" : "DRAFT");
        return events.get(eventId);
    }

    private Slot slot(long eventId, int number) {
        Map<Integer, Slot> slots = events.slots(eventId).stream().collect(Collectors.toMap(Slot::number, Function.identity()));
        if (!slots.containsKey(number)) {
            throw InvalidInput.of("slot", "is not a slot number of this event (1.." + slots.size() + ")");
        }
        return slots.get(number);
    }

    private Table table(long eventId, int number) {
        return events.tables(eventId).stream().filter(t -> t.number() == number).findFirst()
                .orElseThrow(() -> InvalidInput.of("table", "is not a table number of this event"));
    }

    public static class MeetingNotFound extends NotFound {
        public MeetingNotFound(Object id) {
            super("meeting", id);
        }
    }
}
