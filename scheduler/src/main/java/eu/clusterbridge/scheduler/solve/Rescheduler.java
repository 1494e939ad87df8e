package eu.clusterbridge.scheduler.solve;

import eu.clusterbridge.scheduler.model.Assignment;
import eu.clusterbridge.scheduler.model.Bound;
import eu.clusterbridge.scheduler.model.Schedule;
import eu.clusterbridge.scheduler.model.Instance;
import eu.clusterbridge.scheduler.model.Status;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Incremental re-scheduling after changes (new or cancelled requests, changed availability). Locked
 * meetings keep their slot and table. Objectives, in this order: maximise the total weight; move as few
 * of the previously scheduled meetings as possible (a meeting moves when its slot changes or it is
 * dropped); minimise breaks. Meetings that keep their slot keep their table where possible.
 */
public final class Rescheduler {

    /**
     * @param changed  the instance with the changes applied
     * @param previous the schedule before the changes (meetings no longer requested are ignored)
     * @param locked   ids of meetings that must keep their slot and table
     * @throws IllegalArgumentException if a locked meeting is not in the previous schedule or no longer fits there
     */
    public Schedule reschedule(Instance changed, Schedule previous, Set<String> locked, SolveOptions options) {
        long start = System.nanoTime();
        SelectDomain domain = new SelectDomain(changed);
        int n = domain.meetingCount();
        int[] previousSlots = new int[n];
        Map<String, Integer> previousTables = new HashMap<>();
        for (Assignment a : previous.meetings()) {
            Integer m = domain.meetingIndex.get(a.meetingId());
            if (m != null) {
                previousSlots[m] = a.slot();
                previousTables.put(a.meetingId(), a.table());
            }
        }
        boolean[] isLocked = new boolean[n];
        for (String id : locked) {
            Integer m = domain.meetingIndex.get(id);
            if (m == null || previousSlots[m] == 0) {
                throw new IllegalArgumentException("locked meeting " + id + " is not in the previous schedule");
            }
            if (Arrays.binarySearch(domain.allowedSlots[m], previousSlots[m]) < 0) {
                throw new IllegalArgumentException("locked meeting " + id + " can no longer be held in slot " + previousSlots[m]);
            }
            isLocked[m] = true;
        }
        int[] hint = repairedPrevious(domain, previousSlots, isLocked);
        long bound = Math.min(UpperBounds.of(domain), RelaxedSelection.solve(domain, options.timeLimit().dividedBy(10)).bound());
        long deadline = SelectMeetingsSolver.deadline(start, options);
        int[] best;
        boolean proved = false;
        long pairs = Arrays.stream(domain.allowedSlots).mapToLong(a -> a.length).sum();
        if (pairs <= SelectMeetingsSolver.WHOLE_MODEL_LIMIT) {
            int[][] candidates = new int[n][];
            for (int m = 0; m < n; m++) {
                candidates[m] = isLocked[m] ? new int[] {previousSlots[m]} : domain.allowedSlots[m];
            }
            LexicographicSearch.Outcome outcome = LexicographicSearch.run(SelectModel.of(domain, candidates, isLocked),
                    hint, previousSlots, bound, deadline, options, "reschedule");
            best = outcome.slots();
            proved = outcome.weightProved() && outcome.secondProved();
            bound = outcome.weightProved() ? SelectMeetingsSolver.weightOf(domain, best) : Math.min(bound, outcome.weightBound());
        } else {
            best = BlockDecomposition.solve(domain, hint, isLocked, previousSlots, bound, deadline, options);
        }
        return assemble(domain, best, previousSlots, previousTables, locked, proved, bound, start);
    }

    /** The previous schedule minus what no longer fits, locked meetings first, then filled greedily. */
    private static int[] repairedPrevious(SelectDomain domain, int[] previousSlots, boolean[] locked) {
        SlotPlan plan = new SlotPlan(domain);
        for (int m = 0; m < domain.meetingCount(); m++) {
            if (locked[m]) {
                plan.place(m, previousSlots[m]);
            }
        }
        boolean progress = true;
        while (progress) {
            progress = false;
            for (int m = 0; m < domain.meetingCount(); m++) {
                if (!locked[m] && previousSlots[m] > 0 && plan.slotOf(m) == 0 && plan.fits(m, previousSlots[m])) {
                    plan.place(m, previousSlots[m]);
                    progress = true;
                }
            }
        }
        GreedyScheduler.fill(domain, plan);
        EjectionRepair.improve(domain, plan, locked, Long.MAX_VALUE);
        return plan.slots();
    }

    private static Schedule assemble(SelectDomain domain, int[] slots, int[] previousSlots, Map<String, Integer> previousTables,
                                     Set<String> locked, boolean proved, long bound, long start) {
        Map<String, Integer> slotById = new HashMap<>();
        Map<String, Integer> pinned = new HashMap<>();
        Map<String, Integer> keep = new HashMap<>();
        for (int m = 0; m < domain.meetingCount(); m++) {
            String id = domain.meeting(m).id();
            if (slots[m] > 0) {
                slotById.put(id, slots[m]);
                if (locked.contains(id)) {
                    pinned.put(id, previousTables.get(id));
                } else if (slots[m] == previousSlots[m]) {
                    keep.put(id, previousTables.get(id));
                }
            }
        }
        List<Assignment> assignments = TableAssigner.assign(domain.instance, slotById, pinned, keep);
        Schedule untabled = ScheduleAssembly.of(domain, slots, proved ? Status.OPTIMAL : Status.FEASIBLE,
                Math.max(bound, SelectMeetingsSolver.weightOf(domain, slots)), (System.nanoTime() - start) / 1e9);
        return new Schedule(untabled.instance(), untabled.status(), assignments, untabled.unscheduled(), untabled.objective(),
                new Bound(untabled.bound().weight(), null), untabled.seconds());
    }
}
