package eu.clusterbridge.matchmaking;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import eu.clusterbridge.matchmaking.internal.EventSnapshot;
import eu.clusterbridge.matchmaking.internal.PresenceStore;
import eu.clusterbridge.matchmaking.internal.RequestStore;
import eu.clusterbridge.matchmaking.internal.SnapshotReader;
import eu.clusterbridge.matchmaking.internal.WalkInPlanner;
import eu.clusterbridge.shared.InvalidInput;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Re-pairing on the day: the slots no-shows freed, suggestions of checked-in pairs for a slot, and the
 * organiser's confirmation, which goes through {@link ScheduleBoard#placeWalkIn} and so through the same checks
 * and database constraints as every other change of the board.
 */
@Service
@Transactional(readOnly = true)
public class WalkIns {

    static final int SUGGESTIONS = 12;

    private final MatchmakingEvents events;
    private final SnapshotReader reader;
    private final PresenceStore presence;
    private final RequestStore requests;
    private final ScheduleBoard board;
    private final EventAccess access;

    WalkIns(MatchmakingEvents events, SnapshotReader reader, PresenceStore presence, RequestStore requests, ScheduleBoard board,
            EventAccess access) {
        this.events = events;
        this.reader = reader;
        this.presence = presence;
        this.requests = requests;
        this.board = board;
        this.access = access;
    }

    public List<FreedSlot> freedSlots(long eventId) {
        access.requireOrganiser(eventId);
        return presence.stillFree(eventId);
    }

    /** The best pairs for a walk-in meeting in the slot, best first (empty for a slot the event does not have). */
    public List<WalkInSuggestion> suggestions(long eventId, int slotNumber) {
        access.requireOrganiser(eventId);
        EventSnapshot snapshot = reader.read(eventId);
        Set<String> onBoard = snapshot.meetings().stream().map(m -> m.aId() + "-" + m.bId()).collect(Collectors.toSet());
        List<MeetingRequest> unscheduled = requests.ofEvent(eventId).stream().filter(r -> r.status().isOpen())
                .filter(r -> !onBoard.contains(Math.min(r.requesterId(), r.targetId()) + "-" + Math.max(r.requesterId(), r.targetId())))
                .toList();
        return new WalkInPlanner(snapshot, checkedIn(eventId), unscheduled, events.rules(eventId)).suggest(slotNumber, SUGGESTIONS);
    }

    /** Confirms a walk-in meeting; both participants must be checked in. */
    @Transactional
    public Meeting confirm(long eventId, long a, long b, int slotNumber, int tableNumber) {
        access.requireOrganiser(eventId);
        Set<Long> here = checkedIn(eventId);
        if (a == b || !here.contains(a) || !here.contains(b)) {
            throw InvalidInput.of("participants", a == b ? "a walk-in meeting needs two different participants"
                    : "both participants must be checked in at this event");
        }
        return board.placeWalkIn(eventId, a, b, slotNumber, tableNumber);
    }

    private Set<Long> checkedIn(long eventId) {
        Map<Long, Presence> marks = presence.ofEvent(eventId);
        return marks.entrySet().stream().filter(e -> e.getValue() == Presence.CHECKED_IN).map(Map.Entry::getKey).collect(Collectors.toSet());
    }
}
