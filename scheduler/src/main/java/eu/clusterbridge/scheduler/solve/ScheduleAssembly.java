package eu.clusterbridge.scheduler.solve;

import eu.clusterbridge.scheduler.model.Assignment;
import eu.clusterbridge.scheduler.model.Bound;
import eu.clusterbridge.scheduler.model.Objective;
import eu.clusterbridge.scheduler.model.Schedule;
import eu.clusterbridge.scheduler.model.SlotRange;
import eu.clusterbridge.scheduler.model.Status;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Turns the slots chosen by a solver into a {@link Schedule}: tables, objective values, unscheduled meetings. */
final class ScheduleAssembly {

    private ScheduleAssembly() {
    }

    /** @param slotOf slot of each meeting (by index), 0 when not scheduled */
    static Schedule of(SelectDomain domain, int[] slotOf, Status status, Long boundWeight, double seconds) {
        Map<String, Integer> slotById = new HashMap<>();
        List<String> unscheduled = new ArrayList<>();
        long weight = 0;
        for (int m = 0; m < domain.meetingCount(); m++) {
            if (slotOf[m] > 0) {
                slotById.put(domain.meeting(m).id(), slotOf[m]);
                weight += domain.weight[m];
            } else {
                unscheduled.add(domain.meeting(m).id());
            }
        }
        List<Assignment> assignments = TableAssigner.assign(domain.instance, slotById);
        Objective objective = new Objective(slotById.size(), weight, totalBreaks(domain, slotOf));
        return new Schedule(domain.instance.name(), status, assignments, unscheduled, objective,
                new Bound(boundWeight, null), seconds);
    }

    static int totalBreaks(SelectDomain domain, int[] slotOf) {
        int total = 0;
        for (int p = 0; p < domain.participantCount; p++) {
            total += breaksOf(domain, slotOf, p);
        }
        return total;
    }

    /** A participant's breaks: gaps between consecutive meetings of theirs inside one block. */
    static int breaksOf(SelectDomain domain, int[] slotOf, int p) {
        boolean[] busy = new boolean[domain.slots + 2];
        for (int m : domain.meetingsOf[p]) {
            busy[slotOf[m]] = slotOf[m] > 0;
        }
        int breaks = 0;
        for (SlotRange block : domain.instance.blocks()) {
            int runs = 0;
            for (int s = block.first(); s <= block.last() && s <= domain.slots; s++) {
                if (busy[s] && (s == block.first() || !busy[s - 1])) {
                    runs++;
                }
            }
            breaks += Math.max(0, runs - 1);
        }
        return breaks;
    }
}
