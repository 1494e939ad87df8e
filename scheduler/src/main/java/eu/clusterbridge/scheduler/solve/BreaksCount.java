package eu.clusterbridge.scheduler.solve;

import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import com.google.ortools.sat.Literal;
import eu.clusterbridge.scheduler.model.SlotRange;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * One participant's breaks in one block, one Boolean per possible break: "a break ends at slot s" when the
 * participant is busy at s, idle at s-1 and busy somewhere before. Nothing is counted for the first run, so
 * "no breaks at all" is simply every one of these Booleans false. When all of the participant's k meetings
 * must fall in this block, implied constraints on the runs (breaks + 1) tighten the count.
 */
final class BreaksCount {

    /** Which implied parts of the model are on; a measurement switch (-Dcb.breaks.implied), all on by default. */
    static final Set<String> IMPLIED = Set.of(System.getProperty("cb.breaks.implied",
            "sum,segments,parity,middle,slotcount,strategy,window,matching,mirror").split(","));

    private final List<Literal> breakEnds = new ArrayList<>();
    /** "No break in this block", channelled to the start of the one run; null if not modelled. */
    OneRunWindow window;
    int participant;

    private BreaksCount() {
    }

    /** Returns null when the participant can have no meeting in the block. */
    static BreaksCount of(CpModel model, AllMeetingsDomain domain, BoolVar[] busy, int p, SlotRange block) {
        int inside = 0;
        int touching = 0;
        for (int m : domain.meetingsOf.get(p)) {
            int[] slots = domain.allowedSlots[m];
            long in = Arrays.stream(slots).filter(block::contains).count();
            inside += in == slots.length && in > 0 ? 1 : 0;
            touching += in > 0 ? 1 : 0;
        }
        if (touching == 0) {
            return null;
        }
        BreaksCount count = new BreaksCount();
        count.participant = p;
        count.endBreaks(model, busy, block);
        if (inside == touching) {
            count.addImpliedConstraints(model, busy, block, inside,
                    domain.meetingsOf.get(p).stream().map(m -> domain.allowedSlots[m]).toArray(int[][]::new));
        }
        return count;
    }

    void addBreaksTo(LinearExprBuilder sum) {
        breakEnds.forEach(sum::add);
    }

    int maxBreaks() {
        return breakEnds.size();
    }

    // A break ends at a busy slot after an idle slot, with some busy slot earlier in the block.
    private void endBreaks(CpModel model, BoolVar[] busy, SlotRange block) {
        Literal seenBefore = null; // some busy slot in first..s-2
        for (int s = block.first(); s <= block.last(); s++) {
            if (s >= block.first() + 2 && busy[s] != null && seenBefore != null) {
                BoolVar end = model.newBoolVar("");
                List<Literal> definition = new ArrayList<>(List.of(busy[s].not(), seenBefore.not(), end));
                model.addImplication(end, busy[s]);
                model.addImplication(end, seenBefore);
                if (busy[s - 1] != null) {
                    model.addImplication(end, busy[s - 1].not());
                    definition.add(busy[s - 1]);
                }
                model.addBoolOr(definition.toArray(new Literal[0]));
                breakEnds.add(end);
            }
            if (s - 1 >= block.first() && busy[s - 1] != null) {
                seenBefore = seenBefore == null ? busy[s - 1] : or(model, seenBefore, busy[s - 1]);
            }
        }
    }

    private static Literal or(CpModel model, Literal a, Literal b) {
        BoolVar either = model.newBoolVar("");
        model.addImplication(a, either);
        model.addImplication(b, either);
        model.addBoolOr(new Literal[] {a, b, either.not()});
        return either;
    }

    // Implied: k meetings fill k busy slots, need enough runs to fit the free stretches, and so on.
    private void addImpliedConstraints(CpModel model, BoolVar[] busy, SlotRange block, int k, int[][] meetingSlots) {
        List<Literal> busySlots = new ArrayList<>();
        LinearExprBuilder oddMinusEven = LinearExpr.newBuilder();
        for (int s = block.first(); s <= block.last(); s++) {
            if (busy[s] != null) {
                busySlots.add(busy[s]);
                oddMinusEven.addTerm(busy[s], s % 2 == 0 ? -1 : 1);
            }
        }
        LinearExpr runs = LinearExpr.affine(LinearExpr.sum(breakEnds.toArray(new Literal[0])), 1, 1);
        if (IMPLIED.contains("sum")) {
            model.addEquality(LinearExpr.sum(busySlots.toArray(new Literal[0])), k);
        }
        if (IMPLIED.contains("segments")) {
            int fewest = BreaksLowerBound.fewestRuns(busy, block, k);
            if (fewest > 1) {
                model.addGreaterOrEqual(runs, fewest);
            }
        }
        if (IMPLIED.contains("parity")) {
            // Each run covers as many odd as even slots, give or take one.
            LinearExpr diff = oddMinusEven.build();
            model.addLessOrEqual(diff, runs);
            model.addGreaterOrEqual(LinearExpr.newBuilder().add(diff).add(runs).build(), 0);
        }
        if (IMPLIED.contains("window")) {
            window = OneRunWindow.add(model, busy, block, k, breakEnds, meetingSlots);
        }
        if (IMPLIED.contains("middle")) {
            // One run of k slots always covers the slots in the middle of the block.
            for (int s = block.last() - k + 1; s <= block.first() + k - 1; s++) {
                if (s >= block.first() && s <= block.last() && busy[s] != null) {
                    model.addGreaterOrEqual(LinearExpr.newBuilder().add(busy[s]).add(runs).build(), 2);
                }
            }
        }
    }
}
