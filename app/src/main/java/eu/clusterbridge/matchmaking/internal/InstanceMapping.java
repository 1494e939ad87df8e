package eu.clusterbridge.matchmaking.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import eu.clusterbridge.matchmaking.EventParts;
import eu.clusterbridge.matchmaking.Meeting;
import eu.clusterbridge.matchmaking.Participant;
import eu.clusterbridge.scheduler.model.Assignment;
import eu.clusterbridge.scheduler.model.Bound;
import eu.clusterbridge.scheduler.model.Instance;
import eu.clusterbridge.scheduler.model.Mode;
import eu.clusterbridge.scheduler.model.Objective;
import eu.clusterbridge.scheduler.model.Schedule;
import eu.clusterbridge.scheduler.model.SlotRange;
import eu.clusterbridge.scheduler.model.Status;

/**
 * An event as the scheduler's {@link Instance} (select mode) and back. Participants are named by their display
 * names (made unique) so that the explainer's sentences read "Cluster X already has their maximum of 8
 * meetings"; meetings are named by their pair of participant ids. Each session is a block, so the idle time
 * between sessions (lunch, the night) never counts as a break, and the event's limit per session is every
 * participant's {@code maxMeetingsPerBlock}. Slots and tables keep their numbers.
 */
public final class InstanceMapping {

    public final Instance instance;
    private final Map<String, Long> participantByName = new HashMap<>();
    private final Map<Long, String> nameByParticipant = new HashMap<>();
    private final Map<String, MeetingWeights.Pair> pairByMeeting = new LinkedHashMap<>();
    private final Map<Integer, Long> slotIds = new HashMap<>();
    private final Map<Integer, Long> tableIds = new HashMap<>();
    private final Set<String> unrequested = new HashSet<>();

    public InstanceMapping(EventSnapshot s) {
        s.slots().forEach(slot -> slotIds.put(slot.number(), slot.id()));
        s.tables().forEach(table -> tableIds.put(table.number(), table.id()));
        Map<Long, Integer> ownTable = new HashMap<>();
        s.tables().stream().filter(t -> t.hostId() != null).forEach(t -> ownTable.put(t.hostId(), t.number()));
        List<eu.clusterbridge.scheduler.model.Participant> participants = new ArrayList<>();
        for (Participant p : s.participants()) {
            String name = uniqueName(p);
            participants.add(new eu.clusterbridge.scheduler.model.Participant(name, unavailableSlots(s, p), MeetingLimits.overall(s, p), null,
                    ownTable.get(p.id()), s.event().maxMeetingsPerSession()));
        }
        List<eu.clusterbridge.scheduler.model.Meeting> meetings = new ArrayList<>();
        for (MeetingWeights.Pair pair : s.pairs()) {
            pairByMeeting.put(pair.key(), pair);
            meetings.add(new eu.clusterbridge.scheduler.model.Meeting(pair.key(), nameByParticipant.get(pair.a()),
                    nameByParticipant.get(pair.b()), pair.weight(), null, null, List.of()));
        }
        // Meetings on the board without an accepted request (walk-ins) are part of the event too: they keep their
        // slot, and a re-scheduling run keeps them where they are (see SchedulingJob).
        for (Meeting m : s.meetings()) {
            MeetingWeights.Pair pair = new MeetingWeights.Pair(m.aId(), m.bId(), m.weight(), List.of());
            if (!pairByMeeting.containsKey(pair.key())) {
                pairByMeeting.put(pair.key(), pair);
                unrequested.add(pair.key());
                meetings.add(new eu.clusterbridge.scheduler.model.Meeting(pair.key(), nameByParticipant.get(m.aId()),
                        nameByParticipant.get(m.bId()), m.weight(), null, m.slotNumber(), List.of()));
            }
        }
        instance = new Instance(s.event().key(), Mode.SELECT, s.slots().size(), blocks(s), Map.of(), s.tables().size(),
                s.event().fairness(), false, participants, meetings);
    }

    /** The board's current meetings as a schedule, the starting point of a re-scheduling run. */
    public Schedule current(List<Meeting> meetings) {
        List<Assignment> placed = meetings.stream().filter(m -> pairByMeeting.containsKey(m.aId() + "-" + m.bId()))
                .map(m -> new Assignment(m.aId() + "-" + m.bId(), m.slotNumber(), m.tableNumber())).toList();
        return new Schedule(instance.name(), Status.FEASIBLE, placed, List.of(), new Objective(placed.size(), 0, 0), Bound.none(), 0);
    }

    /** Whether the meeting is on the board without an accepted request (a walk-in), so it stays where it is. */
    public boolean unrequested(String meetingId) {
        return unrequested.contains(meetingId);
    }

    public MeetingWeights.Pair pair(String meetingId) {
        return pairByMeeting.get(meetingId);
    }

    public long slotId(int number) {
        return slotIds.get(number);
    }

    public long tableId(int number) {
        return tableIds.get(number);
    }

    public long participantId(String name) {
        return participantByName.get(name);
    }

    private String uniqueName(Participant p) {
        String name = p.displayName();
        if (participantByName.containsKey(name)) {
            name = name + " (#" + p.id() + ")";
        }
        participantByName.put(name, p.id());
        nameByParticipant.put(p.id(), name);
        return name;
    }

    private static List<SlotRange> blocks(EventSnapshot s) {
        List<SlotRange> blocks = new ArrayList<>();
        for (EventParts.Session session : s.sessions()) {
            int[] numbers = s.slots().stream().filter(slot -> slot.sessionId() == session.id()).mapToInt(EventParts.Slot::number).toArray();
            if (numbers.length > 0) {
                blocks.add(new SlotRange(numbers[0], numbers[numbers.length - 1]));
            }
        }
        return blocks;
    }

    /** Slots of sessions the participant does not attend, and slots they marked. */
    private static Set<Integer> unavailableSlots(EventSnapshot s, Participant p) {
        Set<Long> attended = s.attendance().get(p.id());
        Set<Long> marked = s.unavailable().getOrDefault(p.id(), Set.of());
        Set<Integer> slots = new HashSet<>();
        for (EventParts.Slot slot : s.slots()) {
            if ((attended != null && !attended.contains(slot.sessionId())) || marked.contains(slot.id())) {
                slots.add(slot.number());
            }
        }
        return slots;
    }
}
