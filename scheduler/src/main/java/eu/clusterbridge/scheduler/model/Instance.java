package eu.clusterbridge.scheduler.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One B2B scheduling problem, the in-memory form of {@code b2b-instance/1}.
 * Slots are numbered {@code 1..slots}, tables {@code 1..tables}. Idle time between two blocks is never a break.
 *
 * @param blocks     ranges of consecutive slots (days); never empty, one block covering every slot by default
 * @param sessions   named sets of slot ranges a meeting may be restricted to
 * @param fairness   maximum difference between two participants' numbers of breaks, or {@code null}
 */
public record Instance(
        String name,
        Mode mode,
        int slots,
        List<SlotRange> blocks,
        Map<String, List<SlotRange>> sessions,
        int tables,
        Integer fairness,
        boolean oneMeetingPerCompany,
        List<Participant> participants,
        List<Meeting> meetings) {

    public Instance {
        blocks = blocks == null || blocks.isEmpty() ? List.of(new SlotRange(1, slots)) : List.copyOf(blocks);
        sessions = sessions == null ? Map.of() : Map.copyOf(new LinkedHashMap<>(sessions));
        participants = List.copyOf(participants);
        meetings = List.copyOf(meetings);
    }

    public Optional<Participant> participant(String id) {
        return participants.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    public Optional<Meeting> meeting(String id) {
        return meetings.stream().filter(m -> m.id().equals(id)).findFirst();
    }

    /** The block (day) a slot belongs to, as an index into {@link #blocks()}, or -1 if none. */
    public int blockOf(int slot) {
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).contains(slot)) {
                return i;
            }
        }
        return -1;
    }

    public Instance withFairness(Integer d) {
        return new Instance(name, mode, slots, blocks, sessions, tables, d, oneMeetingPerCompany, participants, meetings);
    }

    public Instance withMeetings(List<Meeting> newMeetings) {
        return new Instance(name, mode, slots, blocks, sessions, tables, fairness, oneMeetingPerCompany, participants, newMeetings);
    }

    public Instance withParticipants(List<Participant> newParticipants) {
        return new Instance(name, mode, slots, blocks, sessions, tables, fairness, oneMeetingPerCompany, newParticipants, meetings);
    }
}
