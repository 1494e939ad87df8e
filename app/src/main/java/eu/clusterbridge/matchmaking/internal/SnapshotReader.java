package eu.clusterbridge.matchmaking.internal;

import eu.clusterbridge.matchmaking.MatchmakingEventNotFound;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads what a scheduling run needs, consistently, in one read-only transaction. */
@Component
public class SnapshotReader {

    private final EventStore events;
    private final SetupStore setup;
    private final ParticipantStore participants;
    private final RequestStore requests;
    private final MeetingStore meetings;

    public SnapshotReader(EventStore events, SetupStore setup, ParticipantStore participants, RequestStore requests, MeetingStore meetings) {
        this.events = events;
        this.setup = setup;
        this.participants = participants;
        this.requests = requests;
        this.meetings = meetings;
    }

    @Transactional(readOnly = true, isolation = org.springframework.transaction.annotation.Isolation.REPEATABLE_READ)
    public EventSnapshot read(long eventId) {
        return new EventSnapshot(events.find(eventId).orElseThrow(() -> new MatchmakingEventNotFound(eventId)),
                setup.sessions(eventId), setup.slots(eventId), setup.tables(eventId), setup.types(eventId),
                participants.ofEvent(eventId), participants.attendance(eventId), participants.unavailable(eventId),
                MeetingWeights.pairs(requests.accepted(eventId)), meetings.ofEvent(eventId));
    }
}
