package eu.clusterbridge.scheduler.solve;

/**
 * Local search that removes breaks without touching the weight: moves one meeting to another slot, or
 * swaps the slots of two meetings of the same participant (their partners change slots), whenever the
 * participants involved end up with fewer breaks and every rule still holds. Cheap enough for events
 * where the CP-SAT breaks model is too big to improve within the time limit.
 */
final class BreakPolisher {

    private final SelectDomain domain;
    private final SlotPlan plan;
    private final boolean[] locked;

    private BreakPolisher(SelectDomain domain, int[] slots, boolean[] locked) {
        this.domain = domain;
        this.locked = locked;
        this.plan = new SlotPlan(domain);
        for (int m = 0; m < slots.length; m++) {
            if (slots[m] > 0) {
                plan.place(m, slots[m]);
            }
        }
    }

    /** @return the same meetings, possibly in other slots, with no more breaks than before */
    static int[] polish(SelectDomain domain, int[] slots, boolean[] locked, long deadline) {
        BreakPolisher polisher = new BreakPolisher(domain, slots, locked);
        boolean improved = true;
        while (improved && System.nanoTime() < deadline) {
            improved = polisher.relocateAll(deadline) | polisher.swapAll(deadline);
        }
        return polisher.plan.slots();
    }

    private boolean relocateAll(long deadline) {
        boolean improved = false;
        for (int m = 0; m < domain.meetingCount() && System.nanoTime() < deadline; m++) {
            int from = plan.slotOf(m);
            if (from == 0 || locked[m]) {
                continue;
            }
            int a = domain.first[m];
            int b = domain.second[m];
            int before = plan.breaksOf(a) + plan.breaksOf(b);
            plan.remove(m);
            int best = from;
            int bestBreaks = before;
            for (int s : domain.allowedSlots[m]) {
                if (s != from && plan.fits(m, s)) {
                    int breaks = plan.breaksWith(a, s) + plan.breaksWith(b, s);
                    if (breaks < bestBreaks) {
                        best = s;
                        bestBreaks = breaks;
                    }
                }
            }
            plan.place(m, best);
            improved |= best != from;
        }
        return improved;
    }

    private boolean swapAll(long deadline) {
        boolean improved = false;
        for (int p = 0; p < domain.participantCount && System.nanoTime() < deadline; p++) {
            int[] mine = domain.meetingsOf[p];
            for (int i = 0; i < mine.length; i++) {
                for (int j = i + 1; j < mine.length; j++) {
                    improved |= trySwap(p, mine[i], mine[j]);
                }
            }
        }
        return improved;
    }

    private boolean trySwap(int p, int m1, int m2) {
        int s1 = plan.slotOf(m1);
        int s2 = plan.slotOf(m2);
        if (s1 == 0 || s2 == 0 || locked[m1] || locked[m2] || domain.instance.blockOf(s1) != domain.instance.blockOf(s2)) {
            return false;
        }
        int q1 = domain.other(m1, p);
        int q2 = domain.other(m2, p);
        int before = plan.breaksOf(q1) + plan.breaksOf(q2);
        plan.remove(m1);
        plan.remove(m2);
        if (plan.fits(m1, s2)) {
            plan.place(m1, s2);
            if (plan.fits(m2, s1)) {
                plan.place(m2, s1);
                // p keeps the same busy slots, so only the partners' breaks change.
                if (plan.breaksOf(q1) + plan.breaksOf(q2) < before) {
                    return true;
                }
                plan.remove(m2);
            }
            plan.remove(m1);
        }
        plan.place(m1, s1);
        plan.place(m2, s2);
        return false;
    }
}
