package eu.clusterbridge.scheduler.solve;

import eu.clusterbridge.scheduler.check.CheckReport;
import eu.clusterbridge.scheduler.check.ScheduleChecker;
import eu.clusterbridge.scheduler.model.Assignment;
import eu.clusterbridge.scheduler.model.Bound;
import eu.clusterbridge.scheduler.model.Instance;
import eu.clusterbridge.scheduler.model.Meeting;
import eu.clusterbridge.scheduler.model.Objective;
import eu.clusterbridge.scheduler.model.Schedule;
import eu.clusterbridge.scheduler.model.Status;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Test helpers: quick solver options and independent verification of every schedule. */
final class Solving {

    private Solving() {
    }

    static SolveOptions quick() {
        return SolveOptions.defaults().withTimeLimit(Duration.ofSeconds(2));
    }

    static Schedule solveSelect(Instance instance) {
        return verified(instance, new SelectMeetingsSolver().solve(instance, quick()));
    }

    static Schedule verified(Instance instance, Schedule schedule) {
        CheckReport report = new ScheduleChecker().check(instance, schedule);
        assertThat(report.violations()).as(report.describe()).isEmpty();
        assertThat(schedule.objective()).isEqualTo(report.recomputed());
        return schedule;
    }

    /** An all-mode schedule of every meeting in the given slots, tables assigned, objective counted. */
    static Schedule scheduleOf(Instance instance, Map<String, Integer> slots) {
        List<Assignment> assignments = TableAssigner.assign(instance, slots);
        long weight = instance.meetings().stream().mapToLong(Meeting::weight).sum();
        return new Schedule(instance.name(), Status.FEASIBLE, assignments, List.of(),
                new Objective(assignments.size(), weight, BreaksTally.total(instance, slots)), Bound.none(), 0);
    }

    static Map<String, Integer> slots(Schedule schedule) {
        return schedule.meetings().stream().collect(Collectors.toMap(Assignment::meetingId, Assignment::slot));
    }

    static Map<String, Integer> tables(Schedule schedule) {
        return schedule.meetings().stream().collect(Collectors.toMap(Assignment::meetingId, Assignment::table));
    }
}
