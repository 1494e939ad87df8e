package eu.clusterbridge.scheduler.check;

import eu.clusterbridge.scheduler.model.Instance;
import eu.clusterbridge.scheduler.model.Meeting;
import eu.clusterbridge.scheduler.model.Mode;
import eu.clusterbridge.scheduler.model.Objective;
import eu.clusterbridge.scheduler.model.Schedule;
import eu.clusterbridge.scheduler.model.Status;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Verifies a schedule by recomputing everything from the instance, never trusting what the solver reported.
 * Shares no code with {@code solve}: a checker that reused the solver's helpers would share its bugs.
 * Every violation is collected (not just the first), in words an organiser can read.
 * <p>
 * Decisions where the format leaves room: {@code after} means the predecessors are scheduled, in earlier slots,
 * whenever the meeting itself is (so in select mode a follow-up is dropped with its first meeting); an INFEASIBLE
 * or UNKNOWN answer without meetings has nothing to check and is reported valid with a note; fairness compares
 * every participant, including those with no meetings (zero breaks), as the solvers do.
 */
public final class ScheduleChecker {

    public CheckReport check(Instance instance, Schedule schedule) {
        List<String> violations = new ArrayList<>();
        Placed placed = Placed.from(instance, schedule.meetings(), violations);
        Map<String, Integer> breaks = Breaks.perParticipant(instance, placed.slotByMeeting());
        Objective recomputed = objective(placed, breaks);
        boolean noAnswer = (schedule.status() == Status.INFEASIBLE || schedule.status() == Status.UNKNOWN)
                && schedule.meetings().isEmpty();
        // A schedule paired with the wrong instance fails many rules at once; saying so up front explains why.
        String otherInstance = schedule.instance() != null && !schedule.instance().equals(instance.name())
                ? "the schedule names instance \"" + schedule.instance() + "\", checked against \"" + instance.name() + "\"" : null;
        if (noAnswer) {
            // Nothing was scheduled, so there is nothing to verify; infeasibility itself cannot be checked here.
            String note = "status " + schedule.status() + ": no schedule to check";
            return new CheckReport(violations, recomputed, otherInstance == null ? note : note + "; " + otherInstance);
        }
        new PlacementRules(placed, violations).check();
        new ParticipantRules(placed, violations).check(breaks);
        everyMeetingAccountedFor(placed, schedule.unscheduled(), violations);
        reportedValuesMatch(schedule, recomputed,
                placed.byMeeting().size() == instance.meetings().size(), violations);
        return new CheckReport(violations, recomputed, otherInstance);
    }

    private static Objective objective(Placed placed, Map<String, Integer> breaks) {
        long weight = placed.byMeeting().values().stream().mapToLong(a -> placed.meeting(a).weight()).sum();
        int total = breaks.values().stream().mapToInt(Integer::intValue).sum();
        return new Objective(placed.byMeeting().size(), weight, total);
    }

    // In all mode every meeting is held; in both modes each meeting is either scheduled or listed unscheduled.
    private static void everyMeetingAccountedFor(Placed placed, List<String> unscheduled, List<String> violations) {
        Set<String> listed = new HashSet<>();
        for (String id : unscheduled) {
            if (!placed.meetings().containsKey(id)) {
                violations.add("unscheduled lists " + id + ", which is not in the instance");
            } else if (!listed.add(id)) {
                violations.add("unscheduled lists " + id + " more than once");
            } else if (placed.byMeeting().containsKey(id)) {
                violations.add("meeting " + id + " is both scheduled and listed as unscheduled");
            }
        }
        List<String> missing = new ArrayList<>();
        for (Meeting m : placed.meetings().values()) {
            if (!placed.byMeeting().containsKey(m.id())) {
                if (placed.instance().mode() == Mode.ALL) {
                    violations.add("meeting " + m.id() + " (" + m.a() + " with " + m.b() + ") is not scheduled, but mode is all");
                }
                if (!listed.contains(m.id())) {
                    missing.add(m.id());
                }
            }
        }
        if (!missing.isEmpty()) {
            violations.add(missing.size() + " meeting(s) neither scheduled nor listed as unscheduled: "
                    + String.join(", ", missing.subList(0, Math.min(10, missing.size()))) + (missing.size() > 10 ? ", ..." : ""));
        }
    }

    private static void reportedValuesMatch(Schedule schedule, Objective recomputed, boolean allScheduled,
                                            List<String> violations) {
        Objective reported = schedule.objective();
        if (reported == null) {
            violations.add("the schedule reports no objective");
            return;
        }
        if (reported.meetings() != recomputed.meetings()) {
            violations.add("reported " + reported.meetings() + " meetings, but " + recomputed.meetings() + " are scheduled");
        }
        if (reported.weight() != recomputed.weight()) {
            violations.add("reported weight " + reported.weight() + ", but the scheduled meetings weigh " + recomputed.weight());
        }
        if (reported.breaks() != recomputed.breaks()) {
            violations.add("reported " + reported.breaks() + " breaks, but the schedule has " + recomputed.breaks());
        }
        var bound = schedule.bound();
        if (bound != null && bound.weight() != null && bound.weight() < recomputed.weight()) {
            violations.add("the claimed upper bound " + bound.weight() + " is below the weight reached, " + recomputed.weight());
        }
        // A lower bound on breaks is about complete (all-mode) schedules, so only those can refute it.
        if (bound != null && bound.breaks() != null && allScheduled && bound.breaks() > recomputed.breaks()) {
            violations.add("the claimed lower bound of " + bound.breaks() + " breaks is above the breaks reached, "
                    + recomputed.breaks());
        }
    }
}
