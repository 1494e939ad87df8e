package eu.clusterbridge.scheduler.solve;

import com.google.ortools.Loader;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import eu.clusterbridge.scheduler.model.Assignment;
import eu.clusterbridge.scheduler.model.Bound;
import eu.clusterbridge.scheduler.model.Instance;
import eu.clusterbridge.scheduler.model.Meeting;
import eu.clusterbridge.scheduler.model.Objective;
import eu.clusterbridge.scheduler.model.Schedule;
import eu.clusterbridge.scheduler.model.Status;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * All mode: holds every requested meeting and minimises the total number of breaks with CP-SAT
 * ({@link BreaksModel}), fairness being a hard constraint when the instance sets it.
 * <p>
 * Three phases (measured in docs/benchmarks.md):
 * <ol>
 * <li>any valid schedule, or a proof that none exists, within {@link #FIRST_SHARE} of the time limit (skipped
 * on timeout: on forum-14 it cost 4–7 s that the caps need);</li>
 * <li>a MaxSAT-style linear search from below: "at most 0 breaks", "at most 1 break", ... until a cap is met,
 * each hinted with the best schedule so far; every cap proved impossible raises the lower bound. Capped
 * feasibility problems propagate far better than the optimisation model does. While no schedule is known a
 * cap gets at most {@link #UNHINTED_CAP_SHARE} of the limit; if it stalls, the first schedule of the
 * minimisation becomes its hint and it is tried again (forum-13 with more forbidden slots: cap 4 is met from a
 * hint, not from scratch). A cap that stalls for {@link #HINTED_CAP_SHARE} of the limit from a known schedule
 * gets two cheap chances before its search goes on: a short run of CP-SAT's LP-based portfolio, which refutes
 * some caps at once that the search without LP cannot (tic-13crafc "at most 3"), and a short annealing towards
 * the cap (which, reaching it, ends the search: tic-13crafc is proved optimal in 4.6 s instead of timing out).
 * The search then goes on among the schedules in which nobody has two breaks first, for half the time left, then
 * over the whole cap (decision 0013: forum-13crafb's optimum is found that way).
 * The cap of one break, zero being impossible, is the one exception: after {@link #ONE_BREAK_CAP_SHARE} and the
 * two chances, if the best schedule has at most {@link #SPLIT_FROM_AT_MOST} breaks, it is split by who has the
 * break ({@link BreakHolderSplit}) and searched so until the deadline (the whole cap stays open on forum-13crafc
 * and ticf-13crafc; split, the first is proved optimal in every run in about 4.5 s, the second in most runs within
 * 10 s);</li>
 * <li>when a cap stalls, the last {@link #IMPROVE_SHARE} of the time lowers the breaks of the best schedule so
 * far, down to the proved bound at best: by simulated annealing over Kempe-chain moves ({@link BreaksAnnealing})
 * where it applies (at most 62 slots, no owned tables), else by CP-SAT minimising the breaks from that schedule.
 * CP-SAT proves the bounds but is poor at this part when the tables are nearly full: ticf-13crafb comes back with
 * 8 breaks (optimum 3) instead of 22 (decision 0011).</li>
 * </ol>
 * The shares are of the limit up to {@link #SHARED_SECONDS}: beyond that, a longer limit goes to the cap that
 * stalls, in one stretch, and to the last phase's quarter, instead of stretching every phase (decision 0013).
 * They are seconds of work, counted by a {@link WorkClock} (CP-SAT's deterministic time, annealing steps), not of the
 * wall clock, so that a seed gives the same schedule on every run (decision 0014).
 */
public final class AllMeetingsSolver {

    static {
        Loader.loadNativeLibraries();
    }

    /**
     * The shares below, but the last phase's {@link #IMPROVE_SHARE}, are shares of the time limit up to this many
     * seconds, not beyond: a longer limit gives its extra time to the cap that stalls, in one stretch (the crafb
     * instances' last caps need 5-70 s on their own; stretched shares only delayed, at 60 s, what a 10-s run proves in
     * 5 s).
     */
    static final double SHARED_SECONDS = Double.parseDouble(System.getProperty("cb.all.shared", "10"));

    /**
     * Share of the time limit the first (uncapped) search may take before the caps start without it. At 0.1 the work
     * clock gave ticf-13crafc's and ticf-13crafb's first schedules too little (they need 0.6-0.7 of CP-SAT's
     * deterministic seconds after presolve), which cost each 3-4 s later (docs/benchmarks.md, seventh round).
     */
    static final double FIRST_SHARE = Double.parseDouble(System.getProperty("cb.all.first", "0.15"));
    /** Share of the time limit kept for minimising breaks from the best schedule when the caps stall. */
    static final double IMPROVE_SHARE = Double.parseDouble(System.getProperty("cb.all.improve", "0.25"));

    /** Share of the time limit a cap may take while no schedule is known (then any schedule is searched for first). */
    static final double UNHINTED_CAP_SHARE = Double.parseDouble(System.getProperty("cb.all.unhinted", "0.25"));

    /** Share of the time limit a cap may search from the best schedule before the relaxation and annealing try. */
    static final double HINTED_CAP_SHARE = Double.parseDouble(System.getProperty("cb.all.hinted", "0.25"));
    /** Share of the time limit for trying to refute a stalled cap with LP relaxations. */
    static final double RELAXATION_SHARE = 0.1;
    /** Share of the time limit for annealing towards a stalled cap before its search goes on. */
    static final double ANNEAL_TRY_SHARE = 0.15;

    /**
     * Whether a stalled cap of one break is searched one participant at a time ({@link BreakHolderSplit}) until the
     * deadline instead of as a whole; a measurement switch.
     */
    static final boolean SPLIT = Boolean.parseBoolean(System.getProperty("cb.all.split", "true"));
    /** Share of the time limit the whole cap of one break searches from the best schedule before the split takes over. */
    static final double ONE_BREAK_CAP_SHARE = 0.1;
    /**
     * The split is a bet that one break is possible, taken only when the best schedule is near it (the annealing try
     * ends at 2–5 breaks on the instances where it pays); from a schedule far above, the time is better spent
     * lowering that schedule's breaks.
     */
    static final int SPLIT_FROM_AT_MOST = 5;

    /** Whether the last phase anneals ({@link BreaksAnnealing}) rather than minimising with CP-SAT; a measurement switch. */
    static final boolean ANNEAL = Boolean.parseBoolean(System.getProperty("cb.all.anneal", "true"));

    public Schedule solve(Instance instance, SolveOptions options) {
        WorkClock clock = new WorkClock(options);
        double limit = options.timeLimit().toNanos() / 1e9;
        double shared = Math.min(limit, SHARED_SECONDS);
        // All mode holds every meeting, so a per-block cap could only make it infeasible: refused, not modelled.
        if (instance.participants().stream().anyMatch(p -> p.maxMeetingsPerBlock() != null)) {
            throw new IllegalArgumentException("maxMeetingsPerBlock needs mode select; mode all holds every meeting");
        }
        AllMeetingsDomain domain = new AllMeetingsDomain(instance);
        if (domain.someMeetingHasNoSlot()) {
            return empty(instance, Status.INFEASIBLE, clock.wallSeconds());
        }
        Stage first = search(BreaksModel.of(domain, Integer.MAX_VALUE), null, clock, WorkClock.Search.FIRST,
                FIRST_SHARE * shared, options);
        if (first.status() == Status.INFEASIBLE) {
            return empty(instance, Status.INFEASIBLE, clock.wallSeconds());
        }
        Map<String, Integer> best = first.slots();
        int breaks = best == null ? Integer.MAX_VALUE : BreaksTally.total(instance, best);
        options.progress().accept(String.format(Locale.ROOT, "all: first schedule, %s breaks", best == null ? "no" : breaks));
        int lower = 0;
        double capsDeadline = limit - IMPROVE_SHARE * limit;
        while (lower < breaks) {
            boolean split = lower == 1 && SPLIT;
            double capDeadline = Math.min(capsDeadline, clock.now() + capShare(best != null, split) * shared);
            Stage capped = stage(domain, lower, best, clock, capDeadline, options);
            if (capped.status() == Status.UNKNOWN && best != null && clock.before(capsDeadline)) {
                // The cap stalls from the best schedule. Two cheap ways out before searching on: CP-SAT's default
                // portfolio with its LP relaxations may refute the cap at once (tic-13crafc "at most 3": 0.5 s,
                // where the search without LP needs more than 40 s), or annealing may reach the cap. A cap of one
                // break then searches one participant at a time until the deadline, if the annealed schedule (which
                // says whom to try first) is near it; a larger cap searches spread breaks first.
                double now = clock.now();
                options.progress().accept(String.format(Locale.ROOT, "all: at most %d breaks stalls (best %d); LP check", lower, breaks));
                if (refutedByRelaxation(domain, lower, clock, Math.min(capsDeadline, now + RELAXATION_SHARE * shared), options)) {
                    capped = new Stage(Status.INFEASIBLE, null);
                } else {
                    best = anneal(domain, best, lower, clock, Math.min(capsDeadline, now + ANNEAL_TRY_SHARE * shared), options);
                    breaks = BreaksTally.total(instance, best);
                    options.progress().accept(String.format(Locale.ROOT, "all: annealing try, %d breaks", breaks));
                    if (breaks <= lower) {
                        continue;
                    }
                    capped = split && breaks <= SPLIT_FROM_AT_MOST ? BreakHolderSplit.search(domain, best, clock, limit, options)
                            : spreadBreaksFirst(domain, lower, best, clock, capsDeadline, options);
                }
            }
            if (capped.slots() == null && capped.status() == Status.UNKNOWN && best == null) {
                // No schedule known and this cap stalls: the first schedule of the minimisation (it finds one sooner
                // than the plain search, measured under load) becomes the hint of the next try of this cap.
                // Until the overall deadline: a schedule found late is still better than none.
                Improved any = improve(domain, lower, null, clock, limit, true, options);
                if (any.status() == Status.INFEASIBLE) {
                    return empty(instance, Status.INFEASIBLE, clock.wallSeconds());
                }
                lower = Math.max(lower, any.lower());
                if (any.slots() == null) {
                    break;
                }
                best = any.slots();
                breaks = BreaksTally.total(instance, best);
                options.progress().accept(String.format(Locale.ROOT, "all: a schedule with %d breaks", breaks));
                continue;
            }
            if (capped.slots() != null) {
                best = capped.slots();
                breaks = BreaksTally.total(instance, best);
            } else if (capped.status() == Status.INFEASIBLE) {
                lower++;
                options.progress().accept(String.format(Locale.ROOT, "all: %d breaks proved impossible", lower - 1));
            } else {
                break;
            }
        }
        if (lower < breaks && best != null && annealingApplies(domain)) {
            best = anneal(domain, best, lower, clock, limit, options);
            breaks = BreaksTally.total(instance, best);
            options.progress().accept(String.format(Locale.ROOT, "all: annealed to %d breaks, bound %d", breaks, lower));
        } else if (lower < breaks) {
            Improved better = improve(domain, lower, best, clock, limit, false, options);
            if (better.slots() != null && BreaksTally.total(instance, better.slots()) < breaks) {
                best = better.slots();
                breaks = BreaksTally.total(instance, best);
            }
            lower = Math.max(lower, better.lower());
            if (best == null) {
                return empty(instance, better.status() == Status.INFEASIBLE ? Status.INFEASIBLE : Status.UNKNOWN, clock.wallSeconds());
            }
            options.progress().accept(String.format(Locale.ROOT, "all: improved to %d breaks, bound %d", breaks, lower));
        }
        return schedule(instance, best, breaks, lower, clock.wallSeconds());
    }

    /** The share of the limit a cap searches before it counts as stalled. */
    private static double capShare(boolean hinted, boolean split) {
        if (!hinted) {
            return UNHINTED_CAP_SHARE;
        }
        return split ? ONE_BREAK_CAP_SHARE : HINTED_CAP_SHARE;
    }

    /** The best schedule annealing finds from {@code best} by {@code until} (where annealing applies; else {@code best}). */
    private static Map<String, Integer> anneal(AllMeetingsDomain domain, Map<String, Integer> best, int lower, WorkClock clock,
                                               double until, SolveOptions options) {
        return annealingApplies(domain) ? BreaksAnnealing.improve(domain, best, lower, clock, until, options.seed()) : best;
    }

    private static boolean annealingApplies(AllMeetingsDomain domain) {
        return ANNEAL && KempeState.applies(domain);
    }

    /**
     * Whether CP-SAT's default portfolio (one worker, interleaved, so that it runs its LP-based subsolvers in turn)
     * proves quickly that no schedule has at most {@code cap} breaks: first without the fairness rule, then with it.
     * Without it the model is a relaxation (a cap impossible without fairness is impossible with it) that the LP
     * handles better: tic-13crafc "at most 3" at d = 1 is refuted so in 0.9 s, where the model with d = 1 stays open
     * after 10 s (docs/benchmarks.md, sixth round). Both share the deadline: the second runs when the first's root
     * propagation ends early (on forum-13crafb and ticf-13crafc neither ends within 10 s).
     */
    private static boolean refutedByRelaxation(AllMeetingsDomain domain, int cap, WorkClock clock, double until,
                                               SolveOptions options) {
        return domain.instance.fairness() != null
                && refutedAtTheRoot(() -> BreaksModel.withoutFairness(domain, cap), clock, until, options)
                || refutedAtTheRoot(() -> BreaksModel.of(domain, cap), clock, until, options);
    }

    /** Whether the model, built only if work is left, is proved infeasible by root propagation before {@code until}. */
    private static boolean refutedAtTheRoot(Supplier<BreaksModel> capped, WorkClock clock, double until, SolveOptions options) {
        if (!clock.before(until)) {
            return false;
        }
        BreaksModel model = capped.get();
        CpSolver solver = new CpSolver();
        solver.getParameters().setNumWorkers(1).setInterleaveSearch(true)
                .setLinearizationLevel(2).setStopAfterRootPropagation(true).setSymmetryLevel(4)
                .setRandomSeed(AllMeetingsParameters.seed(options));
        return clock.solve(solver, WorkClock.Search.ROOT_LP, model.model, until) == CpSolverStatus.INFEASIBLE;
    }

    /** What one capped search found: the slot of every meeting, or null with INFEASIBLE or UNKNOWN. */
    record Stage(Status status, Map<String, Integer> slots) {
    }

    /** What the improvement phase found: its best schedule (or null) and its proved lower bound. */
    private record Improved(Status status, Map<String, Integer> slots, int lower) {
    }

    /**
     * A stalled cap searched first among the schedules in which nobody has two breaks, for half the time left, then as
     * a whole (which alone can prove it impossible). The optima found of forum-13crafb and ticf-13crafb give each
     * participant with a break exactly one, and restricted so, forum-13crafb's "at most 6" is met in 5-14 s where the
     * whole cap stays open after 20-30 s (docs/benchmarks.md, sixth round). For a cap of one it is no restriction.
     */
    private static Stage spreadBreaksFirst(AllMeetingsDomain domain, int cap, Map<String, Integer> hint, WorkClock clock,
                                           double until, SolveOptions options) {
        if (cap >= 2 && clock.before(until)) {
            options.progress().accept(String.format(Locale.ROOT, "all: at most %d breaks, nobody with two first", cap));
            BreaksModel spread = BreaksModel.of(domain, cap);
            spread.allowAtMostOneBreakEach();
            Stage found = search(spread, hint, clock, WorkClock.Search.CAPPED, clock.now() + clock.left(until) / 2, options);
            if (found.slots() != null) {
                return found;
            }
        }
        return stage(domain, cap, hint, clock, until, options);
    }

    /** Searches for a schedule with at most {@code cap} breaks in total, starting from {@code hint} if given. */
    private static Stage stage(AllMeetingsDomain domain, int cap, Map<String, Integer> hint, WorkClock clock, double until,
                               SolveOptions options) {
        return clock.before(until) ? search(BreaksModel.of(domain, cap), hint, clock, WorkClock.Search.CAPPED, until, options)
                : new Stage(Status.UNKNOWN, null);
    }

    /** Searches a capped model for a schedule until the clock reaches {@code until}, starting from {@code hint} if given. */
    static Stage search(BreaksModel breaks, Map<String, Integer> hint, WorkClock clock, WorkClock.Search kind, double until,
                        SolveOptions options) {
        AllMeetingsHint.hint(breaks, hint);
        CpSolver solver = new CpSolver();
        AllMeetingsParameters.apply(solver.getParameters(), options);
        CpSolverStatus status = clock.solve(solver, kind, breaks.model, until);
        return switch (status) {
            case OPTIMAL, FEASIBLE -> new Stage(Status.FEASIBLE, breaks.slotsIn(solver));
            case INFEASIBLE -> new Stage(Status.INFEASIBLE, null);
            default -> new Stage(Status.UNKNOWN, null);
        };
    }

    /** Minimises the total number of breaks, known to be at least {@code lower}, from the hinted schedule. */
    private static Improved improve(AllMeetingsDomain domain, int lower, Map<String, Integer> hint, WorkClock clock,
                                    double until, boolean firstOnly, SolveOptions options) {
        if (!clock.before(until)) {
            return new Improved(Status.UNKNOWN, null, lower);
        }
        BreaksModel breaks = BreaksModel.of(domain, Integer.MAX_VALUE);
        breaks.minimiseBreaksFrom(lower);
        AllMeetingsHint.hint(breaks, hint);
        CpSolver solver = new CpSolver();
        AllMeetingsParameters.applyForImprovement(solver.getParameters(), options);
        if (firstOnly) {
            // Interleaved workers stopped at a first solution stop mid-batch, after work that differs from run to run;
            // one worker stops at the same point every time.
            solver.getParameters().setStopAfterFirstSolution(true).setNumWorkers(1);
        }
        CpSolverStatus status = clock.solve(solver, firstOnly ? WorkClock.Search.FIRST : WorkClock.Search.CAPPED,
                breaks.model, until);
        return switch (status) {
            case OPTIMAL -> new Improved(Status.OPTIMAL, breaks.slotsIn(solver), (int) Math.round(solver.objectiveValue()));
            case FEASIBLE -> new Improved(Status.FEASIBLE, breaks.slotsIn(solver),
                    Math.max(lower, (int) Math.ceil(solver.bestObjectiveBound() - 1e-6)));
            case INFEASIBLE -> new Improved(Status.INFEASIBLE, null, lower);
            default -> new Improved(Status.UNKNOWN, null, Math.max(lower, (int) Math.ceil(solver.bestObjectiveBound() - 1e-6)));
        };
    }

    private static Schedule schedule(Instance instance, Map<String, Integer> slots, int breaks, int lower, double seconds) {
        List<Assignment> assignments = TableAssigner.assign(instance, slots);
        long weight = instance.meetings().stream().mapToLong(Meeting::weight).sum();
        return new Schedule(instance.name(), lower >= breaks ? Status.OPTIMAL : Status.FEASIBLE, assignments, List.of(),
                new Objective(assignments.size(), weight, breaks), new Bound(null, lower), seconds);
    }

    private static Schedule empty(Instance instance, Status status, double seconds) {
        List<String> all = instance.meetings().stream().map(Meeting::id).toList();
        return new Schedule(instance.name(), status, List.of(), all, new Objective(0, 0, 0), Bound.none(), seconds);
    }
}
