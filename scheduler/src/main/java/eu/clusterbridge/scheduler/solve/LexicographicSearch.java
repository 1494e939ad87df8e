package eu.clusterbridge.scheduler.solve;

import com.google.ortools.Loader;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverSolutionCallback;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.LinearExpr;


/**
 * Solves a {@link SelectModel} lexicographically in two CP-SAT runs: first the weight (maximised), then,
 * with the weight held at least at the first run's best, a second objective (minimised): the breaks, or
 * for re-scheduling the number of moved meetings first and the breaks second.
 */
final class LexicographicSearch {

    /** Share of the time given to the weight phase. */
    private static final double WEIGHT_SHARE = 0.6;
    /** CP-SAT deterministic time units granted per wall-clock second (about half, measured on this machine). */
    private static final double DETERMINISTIC_TIME_PER_SECOND = 0.5;

    record Outcome(int[] slots, boolean weightProved, boolean secondProved, long weightBound) {
    }

    private LexicographicSearch() {
    }

    private static boolean nativesLoaded;

    static synchronized void loadNatives() {
        if (!nativesLoaded) {
            Loader.loadNativeLibraries();
            nativesLoaded = true;
        }
    }

    /**
     * @param hint          a valid schedule of the model (slot per meeting, 0 = not held) to start from
     * @param previousSlots when re-scheduling, each meeting's previous slot (0 = was not held); else null
     * @param knownBound    a proved upper bound on the weight (from {@link UpperBounds}, {@link RelaxedSelection})
     */
    static Outcome run(SelectModel model, int[] hint, int[] previousSlots, long knownBound, long deadline,
                       SolveOptions options, String label) {
        loadNatives();
        int[] best = hint;
        long weight = SelectMeetingsSolver.weightOf(model.domain, hint);
        boolean weightProved = weight >= knownBound;
        long weightBound = knownBound;
        if (!weightProved) {
            model.hint(hint);
            // Valid because the bound is proved; it lets CP-SAT stop as soon as a schedule reaches it.
            model.model.addLessOrEqual(model.weight(), knownBound);
            model.model.maximize(model.weight());
            CpSolver solver = solver(options, secondsUntil(deadline) * WEIGHT_SHARE);
            CpSolverStatus status = solver.solve(model.model, new Progress(options, label + " weight", model));
            if (status == CpSolverStatus.OPTIMAL || status == CpSolverStatus.FEASIBLE) {
                weightProved = status == CpSolverStatus.OPTIMAL;
                weightBound = Math.min(knownBound, (long) Math.floor(solver.bestObjectiveBound() + 1e-6));
                int[] found = slots(model, solver);
                if (SelectMeetingsSolver.weightOf(model.domain, found) >= weight) {
                    best = found;
                    weight = SelectMeetingsSolver.weightOf(model.domain, found);
                }
            } else {
                // No schedule within the time (big model): go on with the start, its weight held.
                options.progress().accept(label + " weight: CP-SAT ended " + status + "; keeping the start");
            }
            model.model.clearObjective();
        }
        model.model.addGreaterOrEqual(model.weight(), weight);
        LinearExpr second = previousSlots == null ? model.totalBreaks()
                : LinearExpr.newBuilder().addTerm(model.moved(previousSlots), movePenalty(model.domain))
                        .add(model.totalBreaks()).build();
        model.hint(best);
        model.model.minimize(second);
        CpSolver polish = solver(options, secondsUntil(deadline));
        CpSolverStatus secondStatus = polish.solve(model.model, new Progress(options, label + " breaks", model));
        if (secondStatus == CpSolverStatus.OPTIMAL || secondStatus == CpSolverStatus.FEASIBLE) {
            int[] found = slots(model, polish);
            // CP-SAT may fail to take up the hint; never return something worse than what it was given.
            if (secondScore(model.domain, found, previousSlots) <= secondScore(model.domain, best, previousSlots)) {
                best = found;
            }
        }
        return new Outcome(best, weightProved, secondStatus == CpSolverStatus.OPTIMAL, weightBound);
    }

    /** The second objective computed from a schedule: (moved meetings, breaks) as one number. */
    private static long secondScore(SelectDomain domain, int[] slots, int[] previousSlots) {
        long moved = 0;
        if (previousSlots != null) {
            for (int m = 0; m < slots.length; m++) {
                moved += previousSlots[m] > 0 && slots[m] != previousSlots[m] ? 1 : 0;
            }
        }
        return moved * movePenalty(domain) + ScheduleAssembly.totalBreaks(domain, slots);
    }

    /** More than the most breaks any schedule can have, so one fewer move always beats any breaks. */
    private static long movePenalty(SelectDomain domain) {
        return (long) domain.participantCount * domain.slots + 1;
    }

    static double secondsUntil(long deadline) {
        return (deadline - System.nanoTime()) / 1e9;
    }

    private static CpSolver solver(SolveOptions options, double seconds) {
        CpSolver solver = new CpSolver();
        solver.getParameters()
                .setMaxTimeInSeconds(Math.max(0.5, seconds))
                .setNumWorkers(Math.max(1, options.workers()))
                .setRandomSeed((int) options.seed())
                .setLogSearchProgress(Boolean.getBoolean("cb.cpsat.log"));
        if (options.reproducible()) {
            // Interleaved search runs the workers in lock-step batches, so with a deterministic time limit the
            // result depends only on the seed and worker count. The portfolio (reproducible = false) sometimes finds
            // an improving schedule sooner on 2 cores (see docs/benchmarks.md).
            solver.getParameters().setInterleaveSearch(true)
                    .setMaxDeterministicTime(Math.max(0.5, seconds) * DETERMINISTIC_TIME_PER_SECOND);
        }
        return solver;
    }

    private static int[] slots(SelectModel model, CpSolver solver) {
        int[] slots = new int[model.domain.meetingCount()];
        for (int m = 0; m < slots.length; m++) {
            for (int i = 0; i < model.x[m].length; i++) {
                if (solver.booleanValue(model.x[m][i])) {
                    slots[m] = model.slotsOf[m][i];
                }
            }
        }
        return slots;
    }

    /** Reports improving solutions through the options' progress listener, at most once a second. */
    private static final class Progress extends CpSolverSolutionCallback {
        private final SolveOptions options;
        private final String label;
        private long last;

        Progress(SolveOptions options, String label, SelectModel model) {
            this.options = options;
            this.label = label;
        }

        @Override
        public void onSolutionCallback() {
            long now = System.nanoTime();
            if (now - last > 1_000_000_000L) {
                last = now;
                options.progress().accept(String.format("%s: %.0f (bound %.0f) at %.1fs",
                        label, objectiveValue(), bestObjectiveBound(), wallTime()));
            }
        }
    }
}
