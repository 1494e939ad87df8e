package eu.clusterbridge.matchmaking;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import eu.clusterbridge.matchmaking.internal.EventStore;
import eu.clusterbridge.matchmaking.internal.MeetingStore;
import eu.clusterbridge.matchmaking.internal.PresenceStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The desk on the day: check participants in, undo a mistaken mark, and mark no-shows. A no-show's meetings are
 * taken off the board (and logged), so their slots and tables are free for walk-in meetings ({@link WalkIns});
 * undoing a no-show does not bring them back, since the other side may have a walk-in meeting by then.
 */
@Service
@Transactional(readOnly = true)
public class CheckIns {

    private final Registrations registrations;
    private final PresenceStore presence;
    private final MeetingStore meetings;
    private final EventStore eventStore;
    private final EventAccess access;

    CheckIns(Registrations registrations, PresenceStore presence, MeetingStore meetings, EventStore eventStore, EventAccess access) {
        this.registrations = registrations;
        this.presence = presence;
        this.meetings = meetings;
        this.eventStore = eventStore;
        this.access = access;
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
        return new OnSiteParticipant(p, to, meetings.ofParticipant(participantId).size());
    }
}
