package eu.clusterbridge.matchmaking;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import eu.clusterbridge.matchmaking.internal.BoardChecks;
import eu.clusterbridge.matchmaking.internal.EventSnapshot;
import eu.clusterbridge.matchmaking.internal.EventStore;
import eu.clusterbridge.matchmaking.internal.FreedMeeting;
import eu.clusterbridge.matchmaking.internal.MeetingStore;
import eu.clusterbridge.matchmaking.internal.PresenceStore;
import eu.clusterbridge.matchmaking.internal.SnapshotReader;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The desk on the day: check participants in, undo a mistaken mark, and mark no-shows. A no-show's meetings are
 * taken off the board (and logged), so their slots and tables are free for walk-in meetings ({@link WalkIns}).
 * When a no-show turns up after all (checked in, or the mark undone), their freed meetings come back where the
 * slot, the table and the other side are still free and the other side came; the rest stay freed.
 */
@Service
@Transactional(readOnly = true)
public class CheckIns {

    private final Registrations registrations;
    private final PresenceStore presence;
    private final MeetingStore meetings;
    private final EventStore eventStore;
    private final EventAccess access;
    private final SnapshotReader reader;

    CheckIns(Registrations registrations, PresenceStore presence, MeetingStore meetings, EventStore eventStore, EventAccess access,
             SnapshotReader reader) {
        this.registrations = registrations;
        this.presence = presence;
        this.meetings = meetings;
        this.eventStore = eventStore;
        this.access = access;
        this.reader = reader;
    }

    /** The event's participants whose name contains the query (any case; all of them for a blank query). */
    public List<OnSiteParticipant> search(long eventId, String query) {
        access.requireOrganiser(eventId);
        String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        Map<Long, Presence> marks = presence.ofEvent(eventId);
        Map<Long, Integer> counts = new HashMap<>();
        meetings.ofEvent(eventId).forEach(m -> {
            counts.merge(m.aId(), 1, Integer::sum);
            counts.merge(m.bId(), 1, Integer::sum);
        });
        return registrations.ofEvent(eventId).stream()
                .filter(p -> q.isEmpty() || p.displayName().toLowerCase(Locale.ROOT).contains(q))
                .map(p -> new OnSiteParticipant(p, marks.getOrDefault(p.id(), Presence.EXPECTED), counts.getOrDefault(p.id(), 0)))
                .toList();
    }

    public Map<Long, Presence> presence(long eventId) {
        return presence.ofEvent(eventId);
    }

    @Transactional
    public OnSiteParticipant checkIn(long participantId) {
        return mark(participantId, Presence.CHECKED_IN);
    }

    @Transactional
    public OnSiteParticipant undo(long participantId) {
        return mark(participantId, Presence.EXPECTED);
    }

    /** Marks a no-show and frees all their meetings, in one transaction. */
    @Transactional
    public OnSiteParticipant noShow(long participantId) {
        return mark(participantId, Presence.NO_SHOW);
    }

    private OnSiteParticipant mark(long participantId, Presence to) {
        Participant p = registrations.get(participantId);
        access.requireOrganiser(p.eventId());
        eventStore.lock(p.eventId()); // board changes of one event queue up behind each other
        boolean turnedUp = presence.of(participantId) == Presence.NO_SHOW && to != Presence.NO_SHOW;
        if (to == Presence.EXPECTED) {
            presence.clear(participantId);
        } else {
            presence.mark(participantId, to, access.actor());
        }
        if (to == Presence.NO_SHOW) {
            List<Meeting> freed = meetings.ofParticipant(participantId);
            for (Meeting meeting : freed) {
                presence.logFreed(meeting, participantId);
                meetings.delete(meeting.id());
            }
            if (!freed.isEmpty()) {
                eventStore.bumpScheduleVersion(p.eventId());
            }
        }
        if (turnedUp) {
            restoreFreedMeetings(p);
        }
        return new OnSiteParticipant(p, to, meetings.ofParticipant(participantId).size());
    }

    /**
     * Puts the meetings the participant's no-show mark freed back on the board where every board rule still allows
     * it and the other side is not a no-show. The participant held none of their own meanwhile (no-shows get no
     * walk-ins), so one reading of the board serves for all: the freed meetings are in different slots.
     */
    private void restoreFreedMeetings(Participant p) {
        EventSnapshot board = reader.read(p.eventId());
        BoardChecks checks = new BoardChecks(board);
        Map<Long, Presence> marks = presence.ofEvent(p.eventId());
        boolean restored = false;
        for (FreedMeeting f : presence.freedBy(p.id())) {
            long other = f.aId() == p.id() ? f.bId() : f.aId();
            boolean pairMeets = board.meetings().stream().anyMatch(m -> m.involves(f.aId()) && m.involves(f.bId()));
            if (marks.get(other) == Presence.NO_SHOW || pairMeets
                    || !checks.conflicts(f.aId(), f.bId(), null, f.slotNumber(), f.tableNumber()).isEmpty()) {
                continue;
            }
            Integer weight = checks.requestedWeight(f.aId(), f.bId());
            meetings.insert(p.eventId(), f.aId(), f.bId(), f.slotId(), f.tableId(), weight == null ? 1 : weight, false, "ORGANISER");
            presence.forgetFreed(f.id());
            restored = true;
        }
        if (restored) {
            eventStore.bumpScheduleVersion(p.eventId());
        }
    }
}
