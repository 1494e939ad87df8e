package eu.clusterbridge.scheduler.check;

import eu.clusterbridge.scheduler.model.Assignment;
import eu.clusterbridge.scheduler.model.Bound;
import eu.clusterbridge.scheduler.model.Instance;
import eu.clusterbridge.scheduler.model.Mode;
import eu.clusterbridge.scheduler.model.Objective;
import eu.clusterbridge.scheduler.model.Participant;
import eu.clusterbridge.scheduler.model.Schedule;
import eu.clusterbridge.scheduler.model.Status;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static eu.clusterbridge.scheduler.Fixtures.aTwoDayEvent;
import static eu.clusterbridge.scheduler.Fixtures.aValidPlan;
import static eu.clusterbridge.scheduler.Fixtures.aValidPlanWith;
import static eu.clusterbridge.scheduler.Fixtures.aValidPlanWithout;
import static eu.clusterbridge.scheduler.Fixtures.honestSchedule;
import static org.assertj.core.api.Assertions.assertThat;

class ScheduleCheckerTest {

    private final Instance event = aTwoDayEvent(Mode.SELECT);
    private final ScheduleChecker checker = new ScheduleChecker();

    private List<String> violationsOf(List<Assignment> plan) {
        return checker.check(event, honestSchedule(event, plan)).violations();
    }

    @Test
    void aScheduleThatKeepsEveryRuleIsValidAndItsObjectiveIsRecomputed() {
        CheckReport report = checker.check(event, honestSchedule(event, aValidPlan()));

        assertThat(report.violations()).isEmpty();
        assertThat(report.valid()).isTrue();
        assertThat(report.recomputed()).isEqualTo(new Objective(6, 9, 0));
    }

    @Test
    void aMeetingThatIsNotInTheInstanceIsReported() {
        assertThat(violationsOf(aValidPlanWith(new Assignment("m99", 6, 2))))
                .containsExactly("meeting m99 is not in the instance");
    }

    @Test
    void aMeetingScheduledTwiceIsReported() {
        List<Assignment> plan = new ArrayList<>(aValidPlan());
        plan.add(new Assignment("m1", 6, 3));
        assertThat(violationsOf(plan)).contains("meeting m1 is scheduled more than once");
    }

    @Test
    void slotsAndTablesMustExist() {
        assertThat(violationsOf(aValidPlanWith(new Assignment("m3", 7, 1)))).contains("meeting m3 is in slot 7, outside 1..6");
        assertThat(violationsOf(aValidPlanWith(new Assignment("m3", 1, 4)))).contains("meeting m3 is at table 4, outside 1..3");
    }

    @Test
    void aParticipantHasAtMostOneMeetingPerSlot() {
        assertThat(violationsOf(aValidPlanWith(new Assignment("m5", 2, 2))))
                .containsExactly("p2 has 2 meetings in slot 2: m2, m5");
    }

    @Test
    void aTableHoldsOneMeetingPerSlot() {
        assertThat(violationsOf(aValidPlanWith(new Assignment("m4", 2, 1))))
                .containsExactly("2 meetings in slot 2 at table 1: m2, m4");
    }

    @Test
    void aHostedMeetingIsAtTheHostsTable() {
        assertThat(violationsOf(aValidPlanWith(new Assignment("m1", 1, 2))))
                .containsExactly("meeting m1 is at table 2 but must be at p1's table 3");
    }

    @Test
    void anUnhostedMeetingAvoidsOwnedTables() {
        assertThat(violationsOf(aValidPlanWith(new Assignment("m2", 2, 3))))
                .containsExactly("meeting m2 is at table 3, which p1 owns, but neither p2 nor p3 hosts there");
    }

    @Test
    void nobodyMeetsInASlotTheyAreUnavailableIn() {
        assertThat(violationsOf(aValidPlanWith(new Assignment("m2", 6, 1))))
                .containsExactly("p3 is unavailable in slot 6 but has meeting m2 there");
    }

    @Test
    void aMeetingWithASessionIsHeldInIt() {
        assertThat(violationsOf(aValidPlanWith(new Assignment("m5", 6, 2))))
                .containsExactly("meeting m5 is in slot 6, outside its session morning");
    }

    @Test
    void aFixedMeetingKeepsItsSlot() {
        assertThat(violationsOf(aValidPlanWith(new Assignment("m6", 4, 3))))
                .containsExactly("meeting m6 is in slot 4 but is fixed to slot 5");
    }

    @Test
    void aMeetingComesAfterItsPredecessors() {
        assertThat(violationsOf(aValidPlanWith(new Assignment("m1", 6, 3))))
                .containsExactly("meeting m7 (slot 5) must come after m1 (slot 6)");
    }

    @Test
    void inSelectModeAScheduledMeetingNeedsItsPredecessorsScheduled() {
        assertThat(violationsOf(aValidPlanWithout("m1")))
                .containsExactly("meeting m7 must come after m1, which is not scheduled");
    }

    @Test
    void aParticipantStaysWithinTheirMaximum() {
        assertThat(violationsOf(aValidPlanWith(new Assignment("m3", 1, 1))))
                .containsExactly("p3 has 3 meetings, more than their maximum of 2");
    }

    @Test
    void aParticipantStaysWithinTheirMaximumPerBlock() {
        List<Participant> capped = event.participants().stream()
                .map(p -> p.id().equals("p2") ? p.withMaxMeetingsPerBlock(2) : p).toList();
        Instance perBlock = event.withParticipants(capped);

        // p2 holds m1, m2 and m5 (slots 1-3) on day 1, m7 (slot 5) on day 2.
        assertThat(checker.check(perBlock, honestSchedule(perBlock, aValidPlan())).violations())
                .containsExactly("p2 has 3 meetings in block 1, more than their maximum of 2 per block");
        assertThat(checker.check(perBlock, honestSchedule(perBlock, aValidPlanWithout("m5"))).violations()).isEmpty();
    }

    @Test
    void withOneMeetingPerCompanyAParticipantMeetsOnePersonOfAnotherCompany() {
        List<Participant> uncapped = event.participants().stream()
                .map(p -> p.id().equals("p3") ? new Participant("p3", Set.of(6), null, "acme", null) : p).toList();
        Instance strict = new Instance(event.name(), event.mode(), event.slots(), event.blocks(), event.sessions(),
                event.tables(), null, true, uncapped, event.meetings());
        List<Assignment> plan = new ArrayList<>(aValidPlanWithout("m7"));
        plan.add(new Assignment("m3", 1, 1));
        Schedule schedule = honestSchedule(strict, plan);

        assertThat(checker.check(strict, schedule).violations())
                .containsExactly("p5 meets 2 participants of company acme (p3, p4), at most one is allowed");
    }

    @Test
    void inAllModeEveryMeetingIsScheduled() {
        Instance all = aTwoDayEvent(Mode.ALL);
        assertThat(checker.check(all, honestSchedule(all, aValidPlan())).violations())
                .containsExactly("meeting m3 (p3 with p5) is not scheduled, but mode is all");
    }

    @Test
    void theUnscheduledListAgreesWithTheSchedule() {
        Schedule honest = honestSchedule(event, aValidPlan());
        Schedule forgetful = new Schedule(event.name(), Status.FEASIBLE, honest.meetings(), List.of(), honest.objective(), Bound.none(), 0);
        Schedule confused = new Schedule(event.name(), Status.FEASIBLE, honest.meetings(), List.of("m3", "m1", "m99"),
                honest.objective(), Bound.none(), 0);

        assertThat(checker.check(event, forgetful).violations())
                .containsExactly("1 meeting(s) neither scheduled nor listed as unscheduled: m3");
        assertThat(checker.check(event, confused).violations()).containsExactly(
                "meeting m1 is both scheduled and listed as unscheduled", "unscheduled lists m99, which is not in the instance");
    }

    @Test
    void breaksAreRecomputedPerParticipantWithinABlock() {
        // p2 meets in slots 1 and 3 of day 1: one break; p5 in 3 and 4 crosses into day 2: none.
        List<Assignment> plan = List.of(new Assignment("m1", 1, 3), new Assignment("m5", 3, 1), new Assignment("m4", 4, 1));

        assertThat(checker.check(event, honestSchedule(event, plan)).recomputed()).isEqualTo(new Objective(3, 5, 1));
        assertThat(Breaks.perParticipant(event, java.util.Map.of("m1", 1, "m5", 3, "m4", 4)))
                .containsEntry("p2", 1).containsEntry("p5", 0).containsEntry("p1", 0);
    }

    @Test
    void aGapOfSeveralSlotsIsOneBreakAndAGapAcrossBlocksIsNone() {
        assertThat(Breaks.count(event, List.of(1, 3))).isEqualTo(1);
        assertThat(Breaks.count(event, List.of(4, 6, 1))).isEqualTo(1);
        assertThat(Breaks.count(event, List.of(3, 4))).isZero();
        assertThat(Breaks.count(event, List.of(1, 5))).isZero();
        Instance oneDay = event.withMeetings(event.meetings());
        Instance single = new Instance("d", Mode.ALL, 9, null, null, 1, null, false, oneDay.participants(), List.of());
        assertThat(Breaks.count(single, List.of(1, 5, 6, 9))).isEqualTo(2);
    }

    @Test
    void theReportedObjectiveMustMatchTheRecomputedOne() {
        Schedule honest = honestSchedule(event, aValidPlan());
        Schedule boastful = new Schedule(event.name(), Status.OPTIMAL, honest.meetings(), honest.unscheduled(),
                new Objective(7, 10, 0), Bound.none(), 0);
        Schedule gappy = new Schedule(event.name(), Status.OPTIMAL, aValidPlanWith(new Assignment("m5", 3, 2),
                new Assignment("m2", 1, 1), new Assignment("m1", 3, 3)), honest.unscheduled(), new Objective(6, 9, 0),
                Bound.none(), 0);

        assertThat(checker.check(event, boastful).violations()).containsExactly(
                "reported 7 meetings, but 6 are scheduled", "reported weight 10, but the scheduled meetings weigh 9");
        assertThat(checker.check(event, gappy).violations()).contains("p2 has 2 meetings in slot 3: m5, m1");
    }

    @Test
    void aReportedBreakCountThatIsWrongIsReported() {
        // p1 meets in slot 1 (m1) and slot 3 (m6 is fixed to 5, so use m1 and a moved m5): p2 in 1 and 3 -> one break.
        List<Assignment> plan = List.of(new Assignment("m1", 1, 3), new Assignment("m5", 3, 1));
        Schedule claimsNoBreaks = new Schedule(event.name(), Status.FEASIBLE, plan,
                List.of("m2", "m3", "m4", "m6", "m7"), new Objective(2, 2, 0), Bound.none(), 0);

        assertThat(checker.check(event, claimsNoBreaks).violations())
                .containsExactly("reported 0 breaks, but the schedule has 1");
    }

    @Test
    void fairnessBoundsTheDifferenceInBreaks() {
        List<Assignment> plan = List.of(new Assignment("m1", 1, 3), new Assignment("m5", 3, 1));
        Instance fair = event.withFairness(0);

        assertThat(checker.check(fair, honestSchedule(fair, plan)).violations())
                .containsExactly("breaks are unfair: p2 has 1, p1 has 0, a difference above the allowed 0");
        assertThat(checker.check(event.withFairness(1), honestSchedule(event, plan)).valid()).isTrue();
    }

    @Test
    void aClaimedUpperBoundBelowTheWeightReachedIsReported() {
        Schedule honest = honestSchedule(event, aValidPlan());
        Schedule wrongBound = new Schedule(event.name(), Status.FEASIBLE, honest.meetings(), honest.unscheduled(),
                honest.objective(), new Bound(8L, null), 0);

        assertThat(checker.check(event, wrongBound).violations())
                .containsExactly("the claimed upper bound 8 is below the weight reached, 9");
    }

    @Test
    void anInfeasibleAnswerWithoutMeetingsHasNothingToCheck() {
        Instance all = aTwoDayEvent(Mode.ALL);
        Schedule none = new Schedule(all.name(), Status.INFEASIBLE, List.of(), List.of(), new Objective(0, 0, 0), Bound.none(), 1);

        CheckReport report = checker.check(all, none);

        assertThat(report.valid()).isTrue();
        assertThat(report.note()).contains("INFEASIBLE");
    }

    @Test
    void aScheduleForAnotherInstanceIsNoted() {
        Schedule honest = honestSchedule(event, aValidPlan());
        Schedule elsewhere = new Schedule("tic-12", honest.status(), honest.meetings(), honest.unscheduled(),
                honest.objective(), honest.bound(), 0);

        assertThat(checker.check(event, elsewhere).note())
                .isEqualTo("the schedule names instance \"tic-12\", checked against \"two-day-event\"");
        assertThat(checker.check(event, honest).note()).isNull();
    }
}
