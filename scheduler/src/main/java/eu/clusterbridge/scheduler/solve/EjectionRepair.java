package eu.clusterbridge.scheduler.solve;

import java.util.ArrayList;
import java.util.List;

/**
 * Adds heavier unscheduled meetings by ejecting lighter ones: for a meeting not held, tries each allowed
 * slot, takes out the participants' meetings in that slot (and, for a participant at their cap in the
 * slot's block or overall, their lightest meeting there), and keeps the change when the meeting then fits and outweighs what it ejected; the
 * ejected meetings are put back wherever they still fit. Locked meetings and meetings that others must
 * follow are never ejected. The weight only goes up.
 */
final class EjectionRepair {

    private EjectionRepair() {
    }

    /** @return the slots after repair (slot per meeting, 0 = not held) */
    static int[] improve(SelectDomain domain, int[] slots, boolean[] locked, long deadline) {
        SlotPlan plan = SlotPlan.of(domain, slots);
        improve(domain, plan, locked, deadline);
        return plan.slots();
    }

    static void improve(SelectDomain domain, SlotPlan plan, boolean[] locked, long deadline) {
        for (int m : GreedyScheduler.byWeight(domain)) {
            if (System.nanoTime() > deadline) {
                return;
            }
            if (plan.slotOf(m) == 0 && domain.weight[m] > 0) {
                tryInsert(domain, plan, locked, m);
            }
        }
    }

    private static void tryInsert(SelectDomain domain, SlotPlan plan, boolean[] locked, int m) {
        int bestSlot = 0;
        long bestGain = 0;
        List<Integer> bestEjected = null;
        for (int s : domain.allowedSlots[m]) {
            List<Integer> ejected = ejectionsFor(domain, plan, locked, m, s);
            if (ejected == null) {
                continue;
            }
            long gain = domain.weight[m] - ejected.stream().mapToLong(e -> domain.weight[e]).sum();
            if (gain <= bestGain) {
                continue;
            }
            int[] at = ejected.stream().mapToInt(plan::slotOf).toArray();
            ejected.forEach(plan::remove);
            if (plan.fits(m, s)) {
                bestSlot = s;
                bestGain = gain;
                bestEjected = ejected;
            }
            for (int i = 0; i < ejected.size(); i++) {
                plan.place(ejected.get(i), at[i]);
            }
        }
        if (bestSlot > 0) {
            bestEjected.forEach(plan::remove);
            plan.place(m, bestSlot);
            for (int e : bestEjected) {
                int s = plan.earliestFit(e);
                if (s > 0) {
                    plan.place(e, s);
                }
            }
        }
    }

    /** The meetings to take out so that m could go in slot s, or null if one of them must stay. */
    private static List<Integer> ejectionsFor(SelectDomain domain, SlotPlan plan, boolean[] locked, int m, int s) {
        List<Integer> ejected = new ArrayList<>();
        for (int p : new int[] {domain.first[m], domain.second[m]}) {
            int there = plan.meetingAt(p, s);
            if (there >= 0 && !ejected.contains(there)) {
                ejected.add(there);
            }
        }
        int block = domain.blockOf[s];
        for (int p : new int[] {domain.first[m], domain.second[m]}) {
            boolean freedInBlock = ejected.stream().anyMatch(e -> involves(domain, e, p) && domain.blockOf[plan.slotOf(e)] == block);
            if (plan.atBlockCap(p, s) && !freedInBlock && !ejectLightest(domain, plan, locked, p, block, ejected)) {
                return null;
            }
            boolean freedOne = ejected.stream().anyMatch(e -> involves(domain, e, p));
            if (plan.atCapacity(p) && !freedOne && !ejectLightest(domain, plan, locked, p, -1, ejected)) {
                return null;
            }
        }
        for (int e : ejected) {
            if (locked[e] || heldSuccessor(domain, plan, e)) {
                return null;
            }
        }
        return ejected;
    }

    /** Adds p's lightest movable held meeting (in the given block, or anywhere when -1); false when none. */
    private static boolean ejectLightest(SelectDomain domain, SlotPlan plan, boolean[] locked, int p, int block,
                                         List<Integer> ejected) {
        int lightest = -1;
        for (int e : domain.meetingsOf[p]) {
            if (plan.slotOf(e) > 0 && !locked[e] && domain.after(e).length == 0
                    && (block < 0 || domain.blockOf[plan.slotOf(e)] == block)
                    && (lightest < 0 || domain.weight[e] < domain.weight[lightest])) {
                lightest = e;
            }
        }
        if (lightest < 0) {
            return false;
        }
        if (!ejected.contains(lightest)) {
            ejected.add(lightest);
        }
        return true;
    }

    private static boolean involves(SelectDomain domain, int m, int p) {
        return domain.first[m] == p || domain.second[m] == p;
    }

    private static boolean heldSuccessor(SelectDomain domain, SlotPlan plan, int e) {
        for (int later : domain.after(e)) {
            if (plan.slotOf(later) > 0) {
                return true;
            }
        }
        return false;
    }
}
