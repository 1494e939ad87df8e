package eu.clusterbridge.matchmaking.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;

import eu.clusterbridge.matchmaking.EventParts;
import eu.clusterbridge.matchmaking.MatchmakingEvent;
import eu.clusterbridge.matchmaking.Meeting;
import eu.clusterbridge.matchmaking.Participant;

/** Everything a scheduling run reads, taken in one read-only transaction. */
public record EventSnapshot(
        MatchmakingEvent event,
        List<EventParts.Session> sessions,
        List<EventParts.Slot> slots,
        List<EventParts.Table> tables,
        List<EventParts.ParticipantType> types,
        List<Participant> participants,
        Map<Long, Set<Long>> attendance,
        Map<Long, Set<Long>> unavailable,
        List<MeetingWeights.Pair> pairs,
        List<Meeting> meetings) {

    /** The participant's display name for messages to organisers ("participant 42" if they are not in the event). */
    public String displayName(long participantId) {
        return participants.stream().filter(p -> p.id() == participantId).findFirst()
                .map(Participant::displayName).orElse("participant " + participantId);
    }
}
