package eu.clusterbridge.scheduler.explain;

import eu.clusterbridge.scheduler.model.Assignment;
import eu.clusterbridge.scheduler.model.Bound;
import eu.clusterbridge.scheduler.model.Objective;
import eu.clusterbridge.scheduler.model.Schedule;
import eu.clusterbridge.scheduler.model.Status;
import eu.clusterbridge.scheduler.model.Instance;
import eu.clusterbridge.scheduler.model.Meeting;
import eu.clusterbridge.scheduler.model.Mode;
import eu.clusterbridge.scheduler.model.Participant;
import eu.clusterbridge.scheduler.model.SlotRange;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static eu.clusterbridge.scheduler.Fixtures.aTwoDayEvent;
import static eu.clusterbridge.scheduler.Fixtures.aValidPlan;
import static eu.clusterbridge.scheduler.Fixtures.aValidPlanWithout;
import static eu.clusterbridge.scheduler.Fixtures.honestSchedule;
import static org.assertj.core.api.Assertions.assertThat;

class UnscheduledExplainerTest {

    private final UnscheduledExplainer explainer = new UnscheduledExplainer();

    private String reasonFor(String meeting, Instance instance, List<Assignment> plan) {
        return explainer.explain(instance, honestSchedule(instance, plan)).stream()
                .filter(e -> e.meetingId().equals(meeting)).findFirst().orElseThrow().reason();
    }

    /** One day of {@code slots} slots, {@code tables} tables, a morning of the first half. */
    private static Instance aDay(int slots, int tables, List<Participant> participants, Meeting... meetings) {
        return new Instance("day", Mode.SELECT, slots, null, Map.of("morning", List.of(new SlotRange(1, slots / 2))),
                tables, null, false, participants, List.of(meetings));
    }

    private static List<Participant> people(int count) {
        List<Participant> people = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            people.add(Participant.of("p" + i));
        }
        return people;
    }

    @Test
    void onlyUnscheduledMeetingsAreExplained() {
        Instance event = aTwoDayEvent(Mode.SELECT);

        assertThat(explainer.explain(event, honestSchedule(event, aValidPlan())))
                .extracting(Explanation::meetingId).containsExactly("m3");
    }

    @Test
    void aParticipantAtTheirMaximum() {
        Instance event = aTwoDayEvent(Mode.SELECT);

        assertThat(reasonFor("m3", event, aValidPlan())).isEqualTo("p3 already has their maximum of 2 meetings");
    }

    @Test
    void aParticipantAtTheirMaximumInTheSession() {
        List<Participant> people = new ArrayList<>(people(3));
        people.set(0, people.get(0).withMaxMeetingsPerBlock(1));
        Instance event = aDay(4, 2, people, new Meeting("m1", "p1", "p2", 2, null, null, List.of()),
                new Meeting("m2", "p1", "p3", 1, null, null, List.of()));

        assertThat(reasonFor("m2", event, List.of(new Assignment("m1", 1, 1))))
                .isEqualTo("p1 already has 1 meeting in this session (the limit)");
    }

    @Test
    void aParticipantWhoAlreadyMeetsTheCompany() {
        Instance base = aTwoDayEvent(Mode.SELECT);
        List<Participant> uncapped = base.participants().stream()
                .map(p -> p.id().equals("p3") ? new Participant("p3", Set.of(6), null, "acme", null) : p).toList();
        Instance strict = new Instance(base.name(), Mode.SELECT, base.slots(), base.blocks(), base.sessions(), base.tables(),
                null, true, uncapped, base.meetings());

        assertThat(reasonFor("m3", strict, aValidPlan())).isEqualTo("p5 already meets another participant of company acme (p4 in m4)");
    }

    @Test
    void participantsWhoAreNeverFreeTogether() {
        List<Participant> people = List.of(new Participant("p1", Set.of(1, 2), null, null, null),
                new Participant("p2", Set.of(3, 4), null, null, null));
        Instance day = aDay(4, 1, people, Meeting.between("m1", "p1", "p2"));

        assertThat(reasonFor("m1", day, List.of())).isEqualTo("p1 and p2 are never available at the same time in any slot");
    }

    @Test
    void aParticipantUnavailableInTheWholeSession() {
        List<Participant> people = List.of(new Participant("p1", Set.of(1, 2), null, null, null), Participant.of("p2"));
        Instance day = aDay(4, 1, people, new Meeting("m1", "p1", "p2", 1, "morning", null, List.of()));

        assertThat(reasonFor("m1", day, List.of())).isEqualTo("p1 is unavailable in every slot of session morning");
    }

    @Test
    void aParticipantUnavailableInTheFixedSlot() {
        List<Participant> people = List.of(Participant.of("p1"), new Participant("p2", Set.of(3), null, null, null));
        Instance day = aDay(4, 1, people, new Meeting("m1", "p1", "p2", 1, null, 3, List.of()));

        assertThat(reasonFor("m1", day, List.of())).isEqualTo("p2 is unavailable in its fixed slot 3");
    }

    @Test
    void theFixedSlotTakenByAnotherMeeting() {
        Instance event = aTwoDayEvent(Mode.SELECT);

        assertThat(reasonFor("m6", event, List.of(new Assignment("m2", 5, 1))))
                .isEqualTo("the fixed slot 5 is taken by p3's meeting m2");
    }

    @Test
    void allSharedTablesTakenWhenBothAreFree() {
        Instance day = aDay(2, 1, people(6), Meeting.between("m1", "p1", "p2"), Meeting.between("m2", "p3", "p4"),
                Meeting.between("m3", "p5", "p6"));

        assertThat(reasonFor("m3", day, List.of(new Assignment("m1", 1, 1), new Assignment("m2", 2, 1))))
                .isEqualTo("p5 and p6 are both free in slots 1 and 2; all shared tables are taken in both");
    }

    @Test
    void theHostsTableTaken() {
        // p1 and p4 share one stand (table 2); p4's meetings fill it, so p1 cannot host there.
        List<Participant> people = new ArrayList<>(people(4));
        people.set(0, new Participant("p1", Set.of(), null, null, 2));
        people.set(3, new Participant("p4", Set.of(), null, null, 2));
        Instance day = new Instance("day", Mode.SELECT, 3, null, null, 2, null, false, people, List.of(
                Meeting.between("m1", "p4", "p3"), Meeting.between("m2", "p4", "p3"), Meeting.between("m3", "p1", "p2"),
                Meeting.between("m4", "p2", "p3")));
        List<Assignment> plan = List.of(new Assignment("m1", 1, 2), new Assignment("m4", 2, 1), new Assignment("m2", 3, 2));

        assertThat(reasonFor("m3", day, plan))
                .isEqualTo("p1 and p2 are both free only in slots 1 and 3; p1's table 2 is taken in both");
    }

    @Test
    void bothBusyInEverySlotTheyCouldShare() {
        Instance day = aDay(2, 2, people(4), Meeting.between("m1", "p1", "p3"), Meeting.between("m2", "p2", "p4"),
                Meeting.between("m3", "p1", "p2"));

        assertThat(reasonFor("m3", day, List.of(new Assignment("m1", 1, 1), new Assignment("m2", 2, 1))))
                .isEqualTo("p1 and p2 can only meet in slots 1 and 2, all taken: slot 1 by p1's m1, slot 2 by p2's m2");
    }

    @Test
    void aPredecessorThatIsNotScheduled() {
        Instance event = aTwoDayEvent(Mode.SELECT);

        assertThat(reasonFor("m7", event, aValidPlanWithout("m7").stream().filter(a -> !a.meetingId().equals("m1")).toList()))
                .isEqualTo("it must come after m1, which is not scheduled");
    }

    @Test
    void aMeetingThatStillFitsIsSaidToFit() {
        Instance day = aDay(4, 1, people(2), Meeting.between("m1", "p1", "p2"));

        assertThat(reasonFor("m1", day, List.of()))
                .isEqualTo("it fits in slot 1 at table 1; nothing forbids it, the solver left it out (try a longer time limit)");
    }

    @Test
    void aMeetingThatWouldMakeBreaksUnfair() {
        // p1 meets p2 in slot 1; adding m2 (p1 with p3) in slot 3 or 4 gives p1 a break, which d = 0 forbids.
        List<Participant> people = new ArrayList<>(people(3));
        people.set(0, new Participant("p1", Set.of(2), null, null, null));
        Instance day = aDay(4, 1, people, Meeting.between("m1", "p1", "p2"), Meeting.between("m2", "p1", "p3"))
                .withFairness(0);

        assertThat(reasonFor("m2", day, List.of(new Assignment("m1", 1, 1))))
                .isEqualTo("it fits in slots 3 and 4, but each would make the breaks unfair (more than 0 apart between participants)");
    }

    @Test
    void aFullyBookedParticipant() {
        Instance day = aDay(2, 2, people(4), Meeting.between("m1", "p1", "p3"), Meeting.between("m2", "p1", "p4"),
                Meeting.between("m3", "p1", "p2"));

        assertThat(reasonFor("m3", day, List.of(new Assignment("m1", 1, 1), new Assignment("m2", 2, 1))))
                .isEqualTo("p1 already has a meeting in every slot they could meet p2 in (2 slots)");
    }

    @Test
    void manyBusySlotsAreCounted() {
        List<Participant> people = people(10);
        List<Meeting> meetings = new ArrayList<>();
        List<Assignment> plan = new ArrayList<>();
        for (int s = 1; s <= 8; s++) {
            String busy = s % 2 == 0 ? "p1" : "p2";
            meetings.add(Meeting.between("m" + s, busy, "p" + (s + 2 > 10 ? 3 : s + 2)));
            plan.add(new Assignment("m" + s, s, 1));
        }
        meetings.add(Meeting.between("m9", "p1", "p2"));
        Instance day = new Instance("day", Mode.SELECT, 8, null, null, 2, null, false, people, meetings);

        assertThat(reasonFor("m9", day, plan)).isEqualTo(
                "of the 8 slots p1 and p2 could meet in, p1 already has a meeting in 4 and p2 in 4, leaving none free for both");
    }

    @Test
    void withoutAnyScheduleOnlyReasonsThatHoldOnTheirOwnAreGiven() {
        List<Participant> people = new ArrayList<>(people(4));
        people.set(3, new Participant("p4", Set.of(1), null, null, null));
        Instance all = new Instance("all", Mode.ALL, 2, null, null, 2, null, false, people, List.of(
                Meeting.between("m1", "p1", "p2"), Meeting.between("m2", "p1", "p3"), Meeting.between("m3", "p1", "p4"),
                Meeting.between("m4", "p2", "p3")));
        Schedule none = new Schedule("all", Status.INFEASIBLE, List.of(), List.of("m1", "m2", "m3", "m4"),
                new Objective(0, 0, 0), Bound.none(), 1);

        assertThat(explainer.explain(all, none)).extracting(Explanation::reason).containsExactly(
                "p1 has 3 meetings to hold but is available in only 2 slots",
                "p1 has 3 meetings to hold but is available in only 2 slots",
                "p1 has 3 meetings to hold but is available in only 2 slots",
                "no schedule holds every meeting together (proved infeasible); this meeting is not impossible on its own");
    }
}
