package eu.clusterbridge.scheduler.solve;

import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import com.google.ortools.sat.Literal;
import eu.clusterbridge.scheduler.model.SlotRange;

import java.util.List;
import java.util.Map;

/**
 * Breaks in the CP-SAT model. A participant's breaks in a block are the runs of busy slots there minus
 * one (when the block has any meeting): breaks = sum of run starts - sum of "active in block".
 * Minimising only needs starts bounded from below and "active" from above; fairness constrains breaks
 * from both sides, so then both are defined exactly.
 */
final class BreakCounting {

    private final SelectModel owner;
    private final CpModel model;
    private final boolean exact;
    /** busy[p][s], null where p cannot meet. */
    private final BoolVar[][] busy;
    /** start[p][s]: a run of p's meetings starts at s (may be busy[p][s] itself). */
    private final Literal[][] start;
    /** active[p][b]: p has a meeting in block b. */
    private final BoolVar[][] active;
    private final LinearExprBuilder total = LinearExpr.newBuilder();

    BreakCounting(SelectModel owner, boolean exact) {
        this.owner = owner;
        this.model = owner.model;
        this.exact = exact;
        SelectDomain domain = owner.domain;
        busy = new BoolVar[domain.participantCount][domain.slots + 1];
        start = new Literal[domain.participantCount][domain.slots + 1];
        active = new BoolVar[domain.participantCount][owner.blocks().size()];
        for (int p = 0; p < domain.participantCount; p++) {
            for (Map.Entry<Integer, List<Literal>> e : owner.literalsBySlot(domain.meetingsOf[p], m -> true).entrySet()) {
                BoolVar b = model.newBoolVar("");
                model.addEquality(LinearExpr.sum(e.getValue().toArray(new Literal[0])), b);
                busy[p][e.getKey()] = b;
            }
            for (int k = 0; k < owner.blocks().size(); k++) {
                countRuns(p, k, owner.blocks().get(k));
            }
        }
    }

    private void countRuns(int p, int k, SlotRange block) {
        LinearExprBuilder inBlock = LinearExpr.newBuilder();
        int busySlots = 0;
        for (int s = block.first(); s <= Math.min(block.last(), owner.domain.slots); s++) {
            if (busy[p][s] == null) {
                continue;
            }
            busySlots++;
            inBlock.add(busy[p][s]);
            BoolVar previous = s > block.first() ? busy[p][s - 1] : null;
            if (previous == null) {
                start[p][s] = busy[p][s];
            } else {
                BoolVar st = model.newBoolVar("");
                // start >= busy[s] - busy[s-1]
                model.addLessOrEqual(LinearExpr.newBuilder().add(busy[p][s]).addTerm(previous, -1).addTerm(st, -1), 0);
                if (exact) {
                    model.addImplication(st, busy[p][s]);
                    model.addImplication(st, previous.not());
                }
                start[p][s] = st;
            }
            total.add(start[p][s]);
        }
        if (busySlots > 0) {
            active[p][k] = model.newBoolVar("");
            model.addLessOrEqual(active[p][k], inBlock);
            if (exact) {
                for (int s = block.first(); s <= Math.min(block.last(), owner.domain.slots); s++) {
                    if (busy[p][s] != null) {
                        model.addImplication(busy[p][s], active[p][k]);
                    }
                }
            }
            total.addTerm(active[p][k], -1);
        }
    }

    LinearExpr of(int p) {
        LinearExprBuilder b = LinearExpr.newBuilder();
        for (Literal l : start[p]) {
            if (l != null) {
                b.add(l);
            }
        }
        for (BoolVar a : active[p]) {
            if (a != null) {
                b.addTerm(a, -1);
            }
        }
        return b.build();
    }

    LinearExpr total() {
        return total.build();
    }

    void hint(int[] slotOf) {
        SelectDomain domain = owner.domain;
        for (int p = 0; p < domain.participantCount; p++) {
            boolean[] isBusy = new boolean[domain.slots + 1];
            for (int m : domain.meetingsOf[p]) {
                if (slotOf[m] > 0) {
                    isBusy[slotOf[m]] = true;
                }
            }
            for (int k = 0; k < active[p].length; k++) {
                SlotRange block = owner.blocks().get(k);
                boolean any = false;
                for (int s = block.first(); s <= Math.min(block.last(), domain.slots); s++) {
                    if (busy[p][s] == null) {
                        continue;
                    }
                    any |= isBusy[s];
                    model.addHint(busy[p][s], isBusy[s]);
                    if (start[p][s] != busy[p][s]) {
                        model.addHint(start[p][s], isBusy[s] && !isBusy[s - 1]);
                    }
                }
                if (active[p][k] != null) {
                    model.addHint(active[p][k], any);
                }
            }
        }
    }
}
