package eu.clusterbridge.scheduler.solve;

import eu.clusterbridge.scheduler.model.Instance;
import eu.clusterbridge.scheduler.model.Meeting;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;

/** Counts the breaks of a slot assignment: per participant, gaps between consecutive meetings in one block. */
final class BreaksTally {

    private BreaksTally() {
    }

    static int total(Instance instance, Map<String, Integer> slotByMeetingId) {
        return byParticipant(instance, slotByMeetingId).values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The breaks of every participant who has a meeting (by participant id). */
    static Map<String, Integer> byParticipant(Instance instance, Map<String, Integer> slotByMeetingId) {
        Map<String, TreeSet<Integer>> slotsOf = new HashMap<>();
        for (Meeting m : instance.meetings()) {
            Integer slot = slotByMeetingId.get(m.id());
            if (slot != null) {
                slotsOf.computeIfAbsent(m.a(), p -> new TreeSet<>()).add(slot);
                slotsOf.computeIfAbsent(m.b(), p -> new TreeSet<>()).add(slot);
            }
        }
        Map<String, Integer> breaks = new HashMap<>();
        slotsOf.forEach((participant, slots) -> {
            int count = 0;
            Integer previous = null;
            for (int s : slots) {
                if (previous != null && s > previous + 1 && instance.blockOf(s) == instance.blockOf(previous)) {
                    count++;
                }
                previous = s;
            }
            breaks.put(participant, count);
        });
        return breaks;
    }
}
