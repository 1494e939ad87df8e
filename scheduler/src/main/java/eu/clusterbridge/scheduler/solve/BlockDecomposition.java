package eu.clusterbridge.scheduler.solve;

import eu.clusterbridge.scheduler.model.SlotRange;

import java.util.Arrays;
import java.util.List;

/**
 * Large-event search: re-optimises one block (day) at a time with CP-SAT while every meeting held in
 * another block stays where it is. Blocks are visited round-robin until the time is used up; each visit
 * can only keep or improve the schedule. While the weight is more than {@link #WEIGHT_GAP} below the
 * bound, a block's sub-problem holds the meetings in that block and every meeting not yet held; once the
 * weight is close enough it only re-times the block's meetings to remove breaks, a much smaller model.
 */
final class BlockDecomposition {

    /** Relative gap to the bound under which visits stop adding meetings and only remove breaks. */
    static final double WEIGHT_GAP = 0.005;

    private BlockDecomposition() {
    }

    static int[] solve(SelectDomain domain, int[] start, long bound, long deadline, SolveOptions options) {
        return solve(domain, start, new boolean[domain.meetingCount()], null, bound, deadline, options);
    }

    /**
     * @param locked        meetings that keep their slot in {@code start}
     * @param previousSlots when re-scheduling, each meeting's previous slot (moves are minimised); else null
     */
    static int[] solve(SelectDomain domain, int[] start, boolean[] locked, int[] previousSlots, long bound,
                       long deadline, SolveOptions options) {
        List<SlotRange> blocks = domain.instance.blocks();
        int[] current = start.clone();
        int visits = Math.max(blocks.size(), 2 * blocks.size());
        for (int visit = 0; visit < visits; visit++) {
            long left = deadline - System.nanoTime();
            if (left < 2_000_000_000L) {
                break;
            }
            SlotRange block = blocks.get(visit % blocks.size());
            long share = System.nanoTime() + left / (visits - visit);
            current = improveBlock(domain, current, locked, previousSlots, block, bound, share, options, visit);
            options.progress().accept("block " + (visit % blocks.size() + 1) + ": weight "
                    + SelectMeetingsSolver.weightOf(domain, current) + ", breaks " + ScheduleAssembly.totalBreaks(domain, current));
        }
        return current;
    }

    private static int[] improveBlock(SelectDomain domain, int[] current, boolean[] locked, int[] previousSlots,
                                      SlotRange block, long bound, long share,
                                      SolveOptions options, int visit) {
        int n = domain.meetingCount();
        long weight = SelectMeetingsSolver.weightOf(domain, current);
        boolean addMeetings = bound - weight > WEIGHT_GAP * bound;
        int[][] candidates = new int[n][];
        boolean[] mustHold = new boolean[n];
        for (int m = 0; m < n; m++) {
            int s = current[m];
            if (s > 0 && (locked[m] || !block.contains(s))) {
                candidates[m] = new int[] {s};
                mustHold[m] = true;
            } else if (s > 0 || addMeetings) {
                candidates[m] = Arrays.stream(domain.allowedSlots[m]).filter(block::contains).toArray();
            } else {
                candidates[m] = new int[0];
            }
        }
        SelectModel model = SelectModel.of(domain, candidates, mustHold);
        return LexicographicSearch.run(model, current, previousSlots, addMeetings ? bound : weight, share, options,
                "block " + (visit + 1)).slots();
    }
}
