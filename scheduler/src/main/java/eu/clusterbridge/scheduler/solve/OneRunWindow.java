package eu.clusterbridge.scheduler.solve;

import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.Literal;
import eu.clusterbridge.scheduler.model.SlotRange;

import java.util.ArrayList;
import java.util.List;

/**
 * Implied: a participant whose k meetings all fall in one block and who has no break there is busy in exactly
 * one window of k consecutive slots. One Boolean per possible start of that window, channelled to the busy
 * Booleans, lets CP-SAT reason about where the run lies ("busy at 7, so the run starts in 3..7, and 3..5 are
 * blocked by an unavailable slot") instead of discovering it through break counts. Together with the cap on
 * the number of participants with a break ({@link BreaksModel}), a cap of a few breaks pins most participants
 * to one window each.
 */
final class OneRunWindow {

    /** "No break in this block". */
    final BoolVar oneRun;
    /** startAt[a]: the one run starts at slot a (null where it cannot). */
    final BoolVar[] startAt;
    private final SlotRange block;

    private OneRunWindow(BoolVar oneRun, BoolVar[] startAt, SlotRange block) {
        this.oneRun = oneRun;
        this.startAt = startAt;
        this.block = block;
    }

    /**
     * Adds the window of k meetings tied to {@code breakEnds}; null when a break is impossible there anyway.
     * {@code meetingSlots} holds the allowed slots of each of the participant's meetings.
     */
    static OneRunWindow add(CpModel model, BoolVar[] busy, SlotRange block, int k, List<Literal> breakEnds, int[][] meetingSlots) {
        if (k <= 1 || breakEnds.isEmpty()) {
            return null;
        }
        BoolVar oneRun = model.newBoolVar("");
        for (Literal end : breakEnds) {
            model.addImplication(end, oneRun.not());
        }
        List<Literal> endsOrOneRun = new ArrayList<>(breakEnds);
        endsOrOneRun.add(oneRun);
        model.addBoolOr(endsOrOneRun);
        BoolVar[] startAt = new BoolVar[block.last() + 1];
        List<Literal> startsOrNoRun = new ArrayList<>(List.of(oneRun.not()));
        for (int a = block.first(); a + k - 1 <= block.last(); a++) {
            if (possible(busy, a, a + k - 1) && (!BreaksCount.IMPLIED.contains("matching") || WindowMatching.fits(meetingSlots, a, k))) {
                startAt[a] = model.newBoolVar("");
                for (int s = a; s < a + k; s++) {
                    model.addImplication(startAt[a], busy[s]);
                }
                startsOrNoRun.add(startAt[a]);
            }
        }
        model.addExactlyOne(startsOrNoRun);
        for (int s = block.first(); s <= block.last(); s++) {
            if (busy[s] != null) {
                List<Literal> covering = new ArrayList<>(List.of(busy[s].not(), oneRun.not()));
                for (int a = Math.max(block.first(), s - k + 1); a <= s; a++) {
                    if (startAt[a] != null) {
                        covering.add(startAt[a]);
                    }
                }
                model.addBoolOr(covering);
            }
        }
        return new OneRunWindow(oneRun, startAt, block);
    }

    /** Hints the window from the participant's busy slots in a known schedule (indexed by slot). */
    void hint(CpModel model, boolean[] busySlots) {
        int first = 0;
        int runs = 0;
        for (int s = block.first(); s <= block.last(); s++) {
            if (busySlots[s] && (s == block.first() || !busySlots[s - 1])) {
                runs++;
                first = first == 0 ? s : first;
            }
        }
        model.addHint(oneRun, runs <= 1);
        for (int a = 0; a < startAt.length; a++) {
            if (startAt[a] != null) {
                model.addHint(startAt[a], runs == 1 && a == first);
            }
        }
    }

    private static boolean possible(BoolVar[] busy, int from, int to) {
        for (int s = from; s <= to; s++) {
            if (busy[s] == null) {
                return false;
            }
        }
        return true;
    }
}
