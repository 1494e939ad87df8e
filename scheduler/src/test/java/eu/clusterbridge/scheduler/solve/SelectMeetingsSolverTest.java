package eu.clusterbridge.scheduler.solve;

import eu.clusterbridge.scheduler.model.Instance;
import eu.clusterbridge.scheduler.model.Meeting;
import eu.clusterbridge.scheduler.model.Schedule;
import eu.clusterbridge.scheduler.model.Status;
import org.junit.jupiter.api.Test;

import java.util.List;

import static eu.clusterbridge.scheduler.solve.Events.anEvent;
import static eu.clusterbridge.scheduler.solve.Solving.slots;
import static eu.clusterbridge.scheduler.solve.Solving.solveSelect;
import static eu.clusterbridge.scheduler.solve.Solving.tables;
import static org.assertj.core.api.Assertions.assertThat;

class SelectMeetingsSolverTest {

    @Test
    void keepsTheHeavierMeetingWhenTablesRunOut() {
        Instance event = anEvent(1, 1).meeting("light", "a", "b", 1).meeting("heavy", "c", "d", 5).select();

        Schedule schedule = solveSelect(event);

        assertThat(slots(schedule)).containsOnlyKeys("heavy");
        assertThat(schedule.status()).isEqualTo(Status.OPTIMAL);
        assertThat(schedule.bound().weight()).isEqualTo(5);
    }

    @Test
    void respectsAParticipantsCap() {
        Instance event = anEvent(3, 3).cap("p", 1).meeting("pa", "p", "a", 2).meeting("pb", "p", "b", 3).select();

        assertThat(slots(solveSelect(event))).containsOnlyKeys("pb");
    }

    @Test
    void respectsAParticipantsCapPerBlock() {
        // a and b can only meet p on day 1; without the cap p holds all four (weight 14).
        Events event = anEvent(4, 4).block(1, 2).block(3, 4).unavailable("a", 3, 4).unavailable("b", 3, 4)
                .meeting("pa", "p", "a", 5).meeting("pb", "p", "b", 4).meeting("pc", "p", "c", 3).meeting("pd", "p", "d", 2);
        assertThat(solveSelect(event.select()).objective().weight()).isEqualTo(14);

        Schedule capped = solveSelect(event.capPerBlock("p", 1).select());

        assertThat(slots(capped)).containsOnlyKeys("pa", "pc");
        assertThat(slots(capped).get("pa")).isBetween(1, 2);
        assertThat(slots(capped).get("pc")).isBetween(3, 4);
        assertThat(capped.status()).isEqualTo(Status.OPTIMAL);
        assertThat(capped.objective().weight()).isEqualTo(8);
    }

    @Test
    void hostedMeetingsUseTheHostsTableAndFreeTheSharedOnes() {
        Instance event = anEvent(1, 2).ownTable("host", 1)
                .meeting("hosted", "host", "x").meeting("ab", "a", "b").meeting("cd", "c", "d").select();

        Schedule schedule = solveSelect(event);

        assertThat(schedule.objective().meetings()).isEqualTo(2);
        assertThat(tables(schedule)).containsEntry("hosted", 1).containsValue(2);
    }

    @Test
    void meetsOneParticipantPerOtherCompany() {
        Instance event = anEvent(2, 2).company("q1", "acme").company("q2", "acme").company("p", "own")
                .meeting("p-q1", "p", "q1", 3).meeting("p-q2", "p", "q2", 2).oneMeetingPerCompany().select();

        assertThat(slots(solveSelect(event))).containsOnlyKeys("p-q1");
    }

    @Test
    void holdsAFixedMeetingInItsSlotOrNotAtAll() {
        Instance event = anEvent(3, 2)
                .meeting(new Meeting("fixed", "a", "b", 5, null, 2, List.of()))
                .meeting(new Meeting("other", "a", "c", 1, null, 2, List.of())).select();

        Schedule schedule = solveSelect(event);

        assertThat(slots(schedule)).containsExactlyEntriesOf(java.util.Map.of("fixed", 2));
    }

    @Test
    void holdsAFollowUpOnlyAfterItsFirstMeeting() {
        Instance chained = anEvent(2, 2).unavailable("b", 1)
                .meeting(new Meeting("first", "a", "b", 1, null, null, List.of()))
                .meeting(new Meeting("follow-up", "a", "c", 5, null, null, List.of("first"))).select();
        Instance free = anEvent(2, 2)
                .meeting(new Meeting("first", "a", "b", 1, null, null, List.of()))
                .meeting(new Meeting("follow-up", "a", "c", 5, null, null, List.of("first"))).select();

        // "first" can only be in the last slot, so the follow-up has no later slot and is not held.
        assertThat(slots(solveSelect(chained))).containsOnlyKeys("first");
        assertThat(slots(solveSelect(free))).containsEntry("first", 1).containsEntry("follow-up", 2);
    }

    @Test
    void holdsSessionMeetingsInTheirSession() {
        Instance event = anEvent(4, 2).session("afternoon", 3, 4)
                .meeting(new Meeting("m", "a", "b", 1, "afternoon", null, List.of())).select();

        assertThat(slots(solveSelect(event)).get("m")).isBetween(3, 4);
    }

    @Test
    void closesGapsBetweenMeetings() {
        Instance event = anEvent(5, 2).meeting("ab", "a", "b").meeting("ac", "a", "c").meeting("ad", "a", "d").select();

        Schedule schedule = solveSelect(event);

        assertThat(schedule.objective().breaks()).isZero();
        assertThat(schedule.status()).isEqualTo(Status.OPTIMAL);
    }

    @Test
    void idleTimeBetweenBlocksIsNoBreak() {
        Meeting morning = new Meeting("day1", "a", "b", 1, null, 1, List.of());
        Meeting evening = new Meeting("day2", "a", "c", 1, null, 4, List.of());
        Instance twoDays = anEvent(4, 2).block(1, 2).block(3, 4).meeting(morning).meeting(evening).select();
        Instance oneDay = anEvent(4, 2).meeting(morning).meeting(evening).select();

        assertThat(solveSelect(twoDays).objective().breaks()).isZero();
        assertThat(solveSelect(oneDay).objective().breaks()).isEqualTo(1);
    }

    @Test
    void fairnessCanCostWeight() {
        Events event = anEvent(3, 2)
                .meeting(new Meeting("early", "a", "b", 5, null, 1, List.of()))
                .meeting(new Meeting("late", "a", "c", 5, null, 3, List.of()));

        Schedule unfair = solveSelect(event.select());
        Schedule fair = solveSelect(event.fairness(0).select());

        assertThat(unfair.objective().weight()).isEqualTo(10);
        assertThat(unfair.objective().breaks()).isEqualTo(1);
        assertThat(fair.objective().weight()).isEqualTo(5);
        assertThat(fair.bound().weight()).isGreaterThanOrEqualTo(5);
    }

    @Test
    void anEventWithoutRequestsHasAnEmptyOptimalSchedule() {
        Instance event = anEvent(2, 1).unavailable("alone", 1).select();

        Schedule schedule = solveSelect(event);

        assertThat(schedule.meetings()).isEmpty();
        assertThat(schedule.status()).isEqualTo(Status.OPTIMAL);
        assertThat(schedule.bound().weight()).isZero();
    }
}
