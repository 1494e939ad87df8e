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

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * All mode: holds every requested meeting and minimises the total number of breaks with CP-SAT
 * ({@link BreaksModel}), fairness being a hard constraint when the instance sets it.
 * <p>
 * The search is a MaxSAT-style linear search from below: first any valid schedule (or a proof that none
 * exists), then "at most 0 breaks", "at most 1 break", ... until a cap is met; every cap proved
 * impossible raises the lower bound. Capped feasibility problems propagate far better than the
 * optimisation model does (measured in docs/benchmarks.md). On timeout the best schedule so far comes back
 * as FEASIBLE with the proved lower bound.
 */
public final class AllMeetingsSolver {

    static {
        Loader.loadNativeLibraries();
    }

    public Schedule solve(Instance instance, SolveOptions options) {
        long started = System.nanoTime();
        long deadline = started + options.timeLimit().toNanos();
        AllMeetingsDomain domain = new AllMeetingsDomain(instance);
        if (domain.someMeetingHasNoSlot()) {
            return empty(instance, Status.INFEASIBLE, seconds(started));
        }
        Stage first = stage(domain, Integer.MAX_VALUE, deadline, options);
        if (first.slots() == null) {
            return empty(instance, first.status(), seconds(started));
        }
        Map<String, Integer> best = first.slots();
        int breaks = BreaksTally.total(instance, best);
        int lower = 0;
        options.progress().accept(String.format(Locale.ROOT, "all: first schedule, %d breaks", breaks));
        while (lower < breaks) {
            Stage capped = stage(domain, lower, deadline, options);
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
        return schedule(instance, best, breaks, lower, seconds(started));
    }

    /** What one capped search found: the slot of every meeting, or null with INFEASIBLE or UNKNOWN. */
    private record Stage(Status status, Map<String, Integer> slots) {
    }

    /** Searches for a schedule with at most {@code cap} breaks in total. */
    private static Stage stage(AllMeetingsDomain domain, int cap, long deadline, SolveOptions options) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            return new Stage(Status.UNKNOWN, null);
        }
        BreaksModel breaks = BreaksModel.of(domain, cap);
        CpSolver solver = new CpSolver();
        AllMeetingsParameters.apply(solver.getParameters(), options, left / 1e9);
        CpSolverStatus status = solver.solve(breaks.model);
        return switch (status) {
            case OPTIMAL, FEASIBLE -> new Stage(Status.FEASIBLE, slotsOf(domain, breaks, solver));
            case INFEASIBLE -> new Stage(Status.INFEASIBLE, null);
            default -> new Stage(Status.UNKNOWN, null);
        };
    }

    private static Map<String, Integer> slotsOf(AllMeetingsDomain domain, BreaksModel breaks, CpSolver solver) {
        Map<String, Integer> slotByMeetingId = new HashMap<>();
        for (int m = 0; m < domain.meetingCount(); m++) {
            for (int i = 0; i < breaks.held[m].length; i++) {
                if (solver.booleanValue(breaks.held[m][i])) {
                    slotByMeetingId.put(domain.instance.meetings().get(m).id(), domain.allowedSlots[m][i]);
                }
            }
        }
        return slotByMeetingId;
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

    private static double seconds(long started) {
        return (System.nanoTime() - started) / 1e9;
    }
}
