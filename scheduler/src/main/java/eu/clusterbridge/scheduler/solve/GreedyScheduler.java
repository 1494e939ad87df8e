package eu.clusterbridge.scheduler.solve;

import eu.clusterbridge.scheduler.model.Instance;
import eu.clusterbridge.scheduler.model.Schedule;
import eu.clusterbridge.scheduler.model.Status;

import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * The baseline and construction heuristic: meetings by decreasing weight (ties: fewer allowed slots
 * first), each in the earliest slot where it still fits every rule. A meeting whose predecessors are not
 * yet scheduled waits for a later pass.
 */
public final class GreedyScheduler {

    public Schedule solve(Instance instance) {
        long start = System.nanoTime();
        SelectDomain domain = new SelectDomain(instance);
        int[] slots = slots(domain);
        return ScheduleAssembly.of(domain, slots, Status.FEASIBLE, null, (System.nanoTime() - start) / 1e9);
    }

    static int[] slots(SelectDomain domain) {
        SlotPlan plan = new SlotPlan(domain);
        fill(domain, plan);
        return plan.slots();
    }

    /**
     * Greedy guided by a block assignment (from {@link RelaxedSelection}): the meetings it holds go first,
     * each in the earliest slot of its block where it fits; then everything else as usual.
     */
    static int[] slotsFollowing(SelectDomain domain, int[] blockOf) {
        SlotPlan plan = new SlotPlan(domain);
        var blocks = domain.instance.blocks();
        boolean progress = true;
        while (progress) {
            progress = false;
            for (int m : byWeight(domain)) {
                if (blockOf[m] >= 0 && plan.slotOf(m) == 0) {
                    var block = blocks.get(blockOf[m]);
                    for (int s : domain.allowedSlots[m]) {
                        if (block.contains(s) && plan.fits(m, s)) {
                            plan.place(m, s);
                            progress |= domain.after(m).length > 0;
                            break;
                        }
                    }
                }
            }
        }
        fill(domain, plan);
        return plan.slots();
    }

    static int[] byWeight(SelectDomain domain) {
        return IntStream.range(0, domain.meetingCount()).boxed()
                .sorted(Comparator.<Integer>comparingInt(m -> -domain.weight[m])
                        .thenComparingInt(m -> domain.allowedSlots[m].length)
                        .thenComparingInt(m -> m))
                .mapToInt(Integer::intValue).toArray();
    }

    /** Adds every meeting that still fits to the plan, highest weight first, in its earliest fitting slot. */
    static void fill(SelectDomain domain, SlotPlan plan) {
        int[] order = byWeight(domain);
        boolean progress = true;
        while (progress) {
            progress = false;
            for (int m : order) {
                if (plan.slotOf(m) == 0 && domain.weight[m] > 0) {
                    int s = plan.earliestFit(m);
                    if (s > 0) {
                        plan.place(m, s);
                        progress |= domain.after(m).length > 0;
                    }
                }
            }
        }
    }
}
