package eu.clusterbridge.matchmaking.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import eu.clusterbridge.matchmaking.EventParts;
import eu.clusterbridge.matchmaking.EventParts.Slot;
import eu.clusterbridge.matchmaking.Meeting;
import eu.clusterbridge.matchmaking.Participant;

/**
 * The event's meeting limits as the board sees them: a participant holds at most the smallest of their own, their
 * type's and the event's limit in all, and at most the event's limit per session in each session. The scheduler
 * gets the same limits through {@link InstanceMapping}; a meeting placed by hand or as a walk-in is checked here.
 */
public final class MeetingLimits {

    private final EventSnapshot s;
    private final Map<Long, Participant> participants;
    private final Map<Long, Long> sessionOfSlot;
    private final Map<Long, Integer> held = new HashMap<>();
    private final Map<String, Integer> heldInSession = new HashMap<>();
    private final Map<Long, Meeting> meetings;

    public MeetingLimits(EventSnapshot snapshot) {
        this.s = snapshot;
        this.participants = snapshot.participants().stream().collect(Collectors.toMap(Participant::id, Function.identity()));
        this.sessionOfSlot = snapshot.slots().stream().collect(Collectors.toMap(Slot::id, Slot::sessionId));
        this.meetings = snapshot.meetings().stream().collect(Collectors.toMap(Meeting::id, Function.identity()));
        for (Meeting m : snapshot.meetings()) {
            for (long p : new long[] {m.aId(), m.bId()}) {
                held.merge(p, 1, Integer::sum);
                heldInSession.merge(p + "@" + sessionOfSlot.get(m.slotId()), 1, Integer::sum);
            }
        }
    }

    /** The smallest of the participant's own, their type's and the event's limits on meetings in all, or null. */
    public static Integer overall(EventSnapshot s, Participant p) {
        Integer typeLimit = s.types().stream().filter(t -> t.code().equals(p.typeCode())).findFirst()
                .map(EventParts.ParticipantType::maxMeetings).orElse(null);
        return Stream.of(p.maxMeetings(), typeLimit, s.event().maxMeetings()).filter(Objects::nonNull)
                .min(Integer::compare).orElse(null);
    }

    /**
     * Why participant {@code p} may not hold one more meeting in {@code slot} (the meeting {@code moving} moving
     * there, or a new one when null), as a sentence an organiser can act on; empty if the limits allow it.
     */
    public Optional<String> exceeded(long p, Long moving, Slot slot) {
        Participant participant = participants.get(p);
        Meeting movingMeeting = moving == null ? null : meetings.get(moving);
        boolean movesOwnMeeting = movingMeeting != null && movingMeeting.involves(p);
        Integer limit = participant == null ? null : overall(s, participant);
        int inAll = held.getOrDefault(p, 0) - (movesOwnMeeting ? 1 : 0);
        if (limit != null && inAll >= limit) {
            return Optional.of(s.displayName(p) + " already has " + meetings(inAll) + " (the limit is " + limit + ")");
        }
        Integer cap = s.event().maxMeetingsPerSession();
        if (cap == null) {
            return Optional.empty();
        }
        boolean sameSession = movesOwnMeeting && sessionOfSlot.get(movingMeeting.slotId()) == slot.sessionId();
        int inSession = heldInSession.getOrDefault(p + "@" + slot.sessionId(), 0) - (sameSession ? 1 : 0);
        if (inSession >= cap) {
            String session = s.sessions().stream().filter(x -> x.id() == slot.sessionId() && x.name() != null)
                    .map(x -> "session " + x.name()).findFirst().orElse("this session");
            return Optional.of(s.displayName(p) + " already has " + meetings(inSession) + " in " + session
                    + " (the limit is " + cap + " per session)");
        }
        return Optional.empty();
    }

    private static String meetings(long count) {
        return count + " meeting" + (count == 1 ? "" : "s");
    }
}
