package eu.clusterbridge.scheduler;

import eu.clusterbridge.scheduler.check.Breaks;
import eu.clusterbridge.scheduler.model.Assignment;
import eu.clusterbridge.scheduler.model.Bound;
import eu.clusterbridge.scheduler.model.Instance;
import eu.clusterbridge.scheduler.model.Meeting;
import eu.clusterbridge.scheduler.model.Mode;
import eu.clusterbridge.scheduler.model.Objective;
import eu.clusterbridge.scheduler.model.Participant;
import eu.clusterbridge.scheduler.model.Schedule;
import eu.clusterbridge.scheduler.model.SlotRange;
import eu.clusterbridge.scheduler.model.Status;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Hand-made instances and schedules with intention-revealing names, shared by the tests. */
public final class Fixtures {

    private Fixtures() {
    }

    /**
     * Two days of three slots (morning = day 1, afternoon = day 2), three tables, p1 hosting at table 3,
     * p3 unavailable in slot 6 and capped at two meetings, p3 and p4 from company acme.
     */
    public static Instance aTwoDayEvent(Mode mode) {
        Map<String, List<SlotRange>> sessions = new LinkedHashMap<>();
        sessions.put("morning", List.of(new SlotRange(1, 3)));
        sessions.put("afternoon", List.of(new SlotRange(4, 6)));
        List<Participant> participants = List.of(
                new Participant("p1", Set.of(), null, null, 3),
                new Participant("p2", Set.of(), null, null, null),
                new Participant("p3", Set.of(6), 2, "acme", null),
                new Participant("p4", Set.of(), null, "acme", null),
                new Participant("p5", Set.of(), null, "beta", null));
        List<Meeting> meetings = List.of(
                Meeting.between("m1", "p1", "p2"),
                new Meeting("m2", "p2", "p3", 2, null, null, List.of()),
                Meeting.between("m3", "p3", "p5"),
                new Meeting("m4", "p4", "p5", 3, null, null, List.of()),
                new Meeting("m5", "p2", "p5", 1, "morning", null, List.of()),
                new Meeting("m6", "p1", "p3", 1, null, 5, List.of()),
                new Meeting("m7", "p2", "p4", 1, null, null, List.of("m1")));
        return new Instance("two-day-event", mode, 6, List.of(new SlotRange(1, 3), new SlotRange(4, 6)), sessions, 3,
                null, false, participants, meetings);
    }

    /** A valid schedule of {@link #aTwoDayEvent}: everything but m3 (p3 is at their cap), no breaks. */
    public static List<Assignment> aValidPlan() {
        return List.of(new Assignment("m1", 1, 3), new Assignment("m2", 2, 1), new Assignment("m5", 3, 1),
                new Assignment("m4", 4, 1), new Assignment("m6", 5, 3), new Assignment("m7", 5, 1));
    }

    /** A schedule reporting exactly the objective its assignments have, so only the rule under test can fail. */
    public static Schedule honestSchedule(Instance instance, List<Assignment> plan) {
        Map<String, Integer> slots = new HashMap<>();
        plan.forEach(a -> slots.putIfAbsent(a.meetingId(), a.slot()));
        long weight = plan.stream().map(Assignment::meetingId).distinct()
                .mapToLong(id -> instance.meeting(id).map(Meeting::weight).orElse(0)).sum();
        List<String> unscheduled = instance.meetings().stream().map(Meeting::id)
                .filter(id -> plan.stream().noneMatch(a -> a.meetingId().equals(id))).toList();
        Objective objective = new Objective((int) plan.stream().map(Assignment::meetingId).distinct()
                .filter(id -> instance.meeting(id).isPresent()).count(), weight, Breaks.total(instance, slots));
        return new Schedule(instance.name(), Status.FEASIBLE, plan, unscheduled, objective, Bound.none(), 0.1);
    }

    /** {@link #aValidPlan} with some meetings moved (or added), each change replacing that meeting's line. */
    public static List<Assignment> aValidPlanWith(Assignment... changes) {
        List<Assignment> plan = new java.util.ArrayList<>(aValidPlan());
        for (Assignment change : changes) {
            plan.removeIf(a -> a.meetingId().equals(change.meetingId()));
            plan.add(change);
        }
        return plan;
    }

    public static List<Assignment> aValidPlanWithout(String meetingId) {
        return aValidPlan().stream().filter(a -> !a.meetingId().equals(meetingId)).toList();
    }
}
