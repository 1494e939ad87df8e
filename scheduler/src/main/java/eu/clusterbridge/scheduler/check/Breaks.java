package eu.clusterbridge.scheduler.check;

import eu.clusterbridge.scheduler.model.Instance;
import eu.clusterbridge.scheduler.model.Meeting;
import eu.clusterbridge.scheduler.model.Participant;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts breaks from first principles: a break of a participant is two consecutive meetings of theirs in the
 * same block whose slots are not adjacent; a longer gap is still one break and a gap across blocks is none.
 * Deliberately independent of the solvers' own counting, so that a shared bug cannot hide.
 */
public final class Breaks {

    private Breaks() {
    }

    /** Breaks per participant id (every participant, zero when they have fewer than two meetings). */
    public static Map<String, Integer> perParticipant(Instance instance, Map<String, Integer> slotByMeeting) {
        Map<String, List<Integer>> slots = new HashMap<>();
        for (Meeting m : instance.meetings()) {
            Integer slot = slotByMeeting.get(m.id());
            if (slot != null) {
                slots.computeIfAbsent(m.a(), k -> new ArrayList<>()).add(slot);
                slots.computeIfAbsent(m.b(), k -> new ArrayList<>()).add(slot);
            }
        }
        Map<String, Integer> breaks = new LinkedHashMap<>();
        for (Participant p : instance.participants()) {
            breaks.put(p.id(), count(instance, slots.getOrDefault(p.id(), List.of())));
        }
        return breaks;
    }

    public static int total(Instance instance, Map<String, Integer> slotByMeeting) {
        return perParticipant(instance, slotByMeeting).values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Breaks in one participant's slots (in any order); equal slots are a clash, not a break. */
    public static int count(Instance instance, List<Integer> slots) {
        List<Integer> sorted = slots.stream().sorted().distinct().toList();
        int breaks = 0;
        for (int i = 1; i < sorted.size(); i++) {
            int previous = sorted.get(i - 1);
            int current = sorted.get(i);
            int block = instance.blockOf(previous);
            if (current - previous > 1 && block >= 0 && block == instance.blockOf(current)) {
                breaks++;
            }
        }
        return breaks;
    }
}
