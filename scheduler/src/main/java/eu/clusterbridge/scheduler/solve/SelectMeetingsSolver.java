package eu.clusterbridge.scheduler.solve;

import eu.clusterbridge.scheduler.model.Instance;
import eu.clusterbridge.scheduler.model.Schedule;
import eu.clusterbridge.scheduler.model.Status;


/**
 * Select mode: chooses which requested meetings happen and when, maximising their total weight, then
 * minimising breaks. Pipeline: greedy; the block relaxation ({@link RelaxedSelection}, SCIP) for a bound
 * and a guided greedy; {@link EjectionRepair} (heavier meetings replace lighter ones); {@link BreakPolisher}
 * (local search on breaks); CP-SAT, as one model ({@link SelectModel}) for events up to
 * {@link #WHOLE_MODEL_LIMIT} (meeting, slot) pairs, else block by block ({@link BlockDecomposition});
 * a last break polish. The bound is the smallest of {@link UpperBounds}, the relaxation, the exact per-slot
 * matching ({@link SlotMatchingBound}, when it finishes in its time budget) and CP-SAT's own proved bound
 * when the whole model was solved. Heuristics are deterministic, and so is CP-SAT unless
 * {@link SolveOptions#reproducible()} is turned off.
 */
public final class SelectMeetingsSolver {

    /** Above this many (meeting, allowed slot) pairs the event is solved block by block. */
    static final long WHOLE_MODEL_LIMIT = 300_000;

    public Schedule solve(Instance instance, SolveOptions options) {
        long start = System.nanoTime();
        SelectDomain domain = new SelectDomain(instance);
        int[] greedy = GreedyScheduler.slots(domain);
        long bound = UpperBounds.of(domain);
        options.progress().accept("greedy: weight " + weightOf(domain, greedy) + ", combinatorial bound " + bound);
        RelaxedSelection.Result relaxed = RelaxedSelection.solve(domain, options.timeLimit().dividedBy(10));
        bound = Math.min(bound, relaxed.bound());
        int[] guided = GreedyScheduler.slotsFollowing(domain, relaxed.blockOf());
        if (weightOf(domain, guided) > weightOf(domain, greedy)) {
            greedy = guided;
        }
        options.progress().accept("block relaxation: bound " + relaxed.bound() + "; start from weight " + weightOf(domain, greedy));
        // At most a twentieth of the time limit; skipped when it cannot help, unfinished means no bound.
        SlotMatchingBound.Result matching = SlotMatchingBound.compute(domain, bound, System.nanoTime() + options.timeLimit().toNanos() / 20);
        bound = Math.min(bound, matching.bound());
        options.progress().accept("per-slot matching: " + (matching.complete() ? "bound " + matching.bound() : "not used (cannot help or out of time)"));
        long pairs = 0;
        for (int[] allowed : domain.allowedSlots) {
            pairs += allowed.length;
        }
        long deadline = deadline(start, options);
        long limit = options.timeLimit().toNanos();
        boolean[] none = new boolean[domain.meetingCount()];
        greedy = EjectionRepair.improve(domain, greedy, none, System.nanoTime() + limit / 20);
        options.progress().accept("ejection repair: weight " + weightOf(domain, greedy));
        greedy = BreakPolisher.polish(domain, greedy, none, System.nanoTime() + limit / 10);
        options.progress().accept("local search: breaks " + ScheduleAssembly.totalBreaks(domain, greedy));
        long searchDeadline = deadline - limit / 20;
        int[] best;
        boolean proved;
        if (pairs <= WHOLE_MODEL_LIMIT) {
            LexicographicSearch.Outcome outcome = LexicographicSearch.run(SelectModel.of(domain), greedy, null, bound, searchDeadline, options, "cp-sat");
            best = outcome.slots();
            bound = Math.min(bound, outcome.weightBound());
            proved = outcome.weightProved() && outcome.secondProved();
        } else {
            best = BlockDecomposition.solve(domain, greedy, bound, searchDeadline, options);
            proved = false;
        }
        if (!proved) {
            best = BreakPolisher.polish(domain, best, none, deadline);
        }
        long weight = weightOf(domain, best);
        bound = Math.max(bound, weight);
        Status status = proved ? Status.OPTIMAL : Status.FEASIBLE;
        return ScheduleAssembly.of(domain, best, status, bound, (System.nanoTime() - start) / 1e9);
    }

    /** When the search must stop: the time limit, less a margin for building the schedule (tables, JSON). */
    static long deadline(long start, SolveOptions options) {
        long limit = options.timeLimit().toNanos();
        return start + limit - Math.min(limit / 10, 300_000_000L + limit / 50);
    }

    static long weightOf(SelectDomain domain, int[] slots) {
        long weight = 0;
        for (int m = 0; m < slots.length; m++) {
            if (slots[m] > 0) {
                weight += domain.weight[m];
            }
        }
        return weight;
    }
}
