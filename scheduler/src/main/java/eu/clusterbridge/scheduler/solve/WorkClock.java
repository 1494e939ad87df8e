package eu.clusterbridge.scheduler.solve;

import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.SatParameters;

/**
 * How far an all-mode solve has got, in seconds of work, and whether a phase may go on.
 * <p>
 * Reproducible (the default): the clock counts the work done, CP-SAT's deterministic time and the annealing's steps,
 * each converted to the seconds it takes on this machine, so that every phase stops after the same work on every run
 * and a seed gives the same schedule. With the phases stopped by the wall clock, the same seed proved ticf-13crafc
 * optimal in one run and not in the next (docs/benchmarks.md, seventh round). Otherwise the clock reads the wall clock.
 * Either way the time limit stops everything; only a machine slower than this one, or a loaded one, can then cut a
 * reproducible run short and change its answer.
 */
final class WorkClock {

    /**
     * What a CP-SAT search does, for its cost here: seconds per variable of the model (building it, presolve) and the
     * deterministic time its search runs per second. Fitted on every search of 10-s runs of ten published instances
     * (docs/benchmarks.md, seventh round): the first schedule of the uncapped model spends more on presolve, the
     * capped searches run fastest, the LP check at the root in between.
     */
    enum Search {
        FIRST(86e-6, rate("first", 1.27)), CAPPED(40e-6, rate("capped", 1.73)), ROOT_LP(40e-6, rate("lp", 1.19));

        final double secondsPerVariable;
        final double unitsPerSecond;

        Search(double secondsPerVariable, double unitsPerSecond) {
            this.secondsPerVariable = secondsPerVariable;
            this.unitsPerSecond = unitsPerSecond;
        }

        double overhead(CpModel model) {
            return secondsPerVariable * model.getBuilder().getVariablesCount();
        }

        /** The measured rate, or another one given as -Dcb.all.rate.NAME (a measurement switch). */
        private static double rate(String name, double measured) {
            return Double.parseDouble(System.getProperty("cb.all.rate." + name, String.valueOf(measured)));
        }
    }

    /** Annealing steps (moves, and meetings taken into their chains: {@link KempeState#steps}) per second here. */
    static final double STEPS_PER_SECOND = 1.67e7;

    private final boolean counting;
    private final long started = System.nanoTime();
    private final long wallDeadline;
    private double worked;

    WorkClock(SolveOptions options) {
        this.counting = options.reproducible();
        this.wallDeadline = started + options.timeLimit().toNanos();
    }

    /** Seconds of work so far (of the wall clock when not counting). */
    double now() {
        return counting ? worked : wallSeconds();
    }

    /** Seconds of the wall clock since the solve began (what the schedule reports). */
    double wallSeconds() {
        return (System.nanoTime() - started) / 1e9;
    }

    /** Whether work may go on before {@code point}: neither it nor the time limit is reached. */
    boolean before(double point) {
        return now() < point && System.nanoTime() < wallDeadline;
    }

    /** Seconds of work left before {@code point}, never negative. */
    double left(double point) {
        return Math.max(0, point - now());
    }

    /**
     * Solves {@code model} with the solver's parameters, limited to the work left before {@code point} and to the time
     * limit, and counts the work it did.
     */
    CpSolverStatus solve(CpSolver solver, Search search, CpModel model, double point) {
        limit(solver.getParameters(), search, model, point);
        CpSolverStatus status = solver.solve(model);
        worked += search.overhead(model) + solver.response().getDeterministicTime() / search.unitsPerSecond;
        return status;
    }

    private void limit(SatParameters.Builder parameters, Search search, CpModel model, double point) {
        double wall = Math.max(0.001, (wallDeadline - System.nanoTime()) / 1e9);
        if (counting) {
            double searching = Math.max(0.001, left(point) - search.overhead(model));
            parameters.setMaxDeterministicTime(searching * search.unitsPerSecond).setMaxTimeInSeconds(wall);
        } else {
            parameters.setMaxTimeInSeconds(Math.max(0.001, Math.min(wall, left(point))));
        }
    }

    /** The annealing steps that fit before {@code point}. */
    long annealingSteps(double point) {
        return (long) (left(point) * STEPS_PER_SECOND);
    }

    /** The wall-clock stop for annealing towards {@code point} (System.nanoTime()): the time limit when counting work. */
    long wallStop(double point) {
        return counting ? wallDeadline : Math.min(wallDeadline, System.nanoTime() + (long) (left(point) * 1e9));
    }

    /** Counts annealing steps. */
    void chargeAnnealingSteps(long steps) {
        worked += steps / STEPS_PER_SECOND;
    }
}
