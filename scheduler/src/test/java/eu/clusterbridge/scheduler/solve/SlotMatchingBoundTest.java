package eu.clusterbridge.scheduler.solve;

import eu.clusterbridge.scheduler.generate.InstanceGenerator;
import eu.clusterbridge.scheduler.model.Instance;
import eu.clusterbridge.scheduler.model.Schedule;
import eu.clusterbridge.scheduler.model.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.Random;

import static eu.clusterbridge.scheduler.solve.Events.anEvent;
import static org.assertj.core.api.Assertions.assertThat;

class SlotMatchingBoundTest {

    private static long bound(Instance event) {
        return SlotMatchingBound.compute(new SelectDomain(event), System.nanoTime() + Duration.ofSeconds(10).toNanos()).bound();
    }

    private static Events triangle(int slots, int tables) {
        return anEvent(slots, tables).meeting("ab", "a", "b", 5).meeting("bc", "b", "c", 4).meeting("ca", "c", "a", 3);
    }

    @Test
    void aTriangleInOneSlotHoldsOnlyItsHeaviestMeeting() {
        assertThat(bound(triangle(1, 3).select())).isEqualTo(5);
    }

    @Test
    void aTriangleOverTwoSlotsCountsItsHeaviestMeetingTwice() {
        Instance event = triangle(2, 3).select();

        assertThat(bound(event)).isEqualTo(10);
        // Here the matching is the tightest: the cheaper bounds and the block relaxation allow more.
        assertThat(UpperBounds.of(event)).isGreaterThan(10);
        assertThat(RelaxedSelection.solve(new SelectDomain(event), Duration.ofSeconds(5)).bound()).isGreaterThan(10);
    }

    @Test
    void oneUnownedTableLeavesOnlyTheHeaviestUnhostedMeetingPlusHostedOnes() {
        // Tables 1 and 2; h owns table 1, so one table is left for the rest.
        Instance event = anEvent(1, 2).ownTable("h", 1)
                .meeting("hx", "h", "x", 2).meeting("ab", "a", "b", 5).meeting("cd", "c", "d", 4).meeting("ef", "e", "f", 3)
                .select();

        assertThat(bound(event)).isEqualTo(5 + 2);
    }

    @Test
    void twoMeetingsOfOneHostTableShareIt() {
        // h and k both own table 1: only one of their meetings fits in a slot.
        Instance event = anEvent(1, 1).ownTable("h", 1).ownTable("k", 1)
                .meeting("hx", "h", "x", 3).meeting("ky", "k", "y", 2).select();

        assertThat(bound(event)).isEqualTo(3);
    }

    @Test
    void unavailableParticipantsOnlyCountInTheirSlots() {
        Instance event = triangle(2, 3).unavailable("a", 2).select();

        // Slot 1: the triangle (5); slot 2: only bc (4).
        assertThat(bound(event)).isEqualTo(9);
    }

    @Test
    void anExhaustedBudgetGivesNoBoundRatherThanAPartialSum() {
        SlotMatchingBound.Result result = SlotMatchingBound.compute(new SelectDomain(triangle(2, 3).select()), System.nanoTime() - 1);

        assertThat(result.complete()).isFalse();
        assertThat(result.bound()).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void isSkippedWhenAGreedyMatchingAlreadyReachesTheOtherBounds() {
        SelectDomain twoSlots = new SelectDomain(triangle(2, 3).select());
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();

        // Greedy takes ab (5) in each slot: 10, so the exact sum cannot go below a bound of 10.
        assertThat(SlotMatchingBound.compute(twoSlots, 10, deadline).complete()).isFalse();
        assertThat(SlotMatchingBound.compute(twoSlots, 11, deadline).bound()).isEqualTo(10);
    }

    @Test
    void theGreedySumIsBelowTheExactOneOnAPath() {
        // a-b (3), b-c (4), c-d (3): greedy takes bc alone (4); the best matching is ab + cd (6).
        SelectDomain path = new SelectDomain(anEvent(1, 2).meeting("ab", "a", "b", 3).meeting("bc", "b", "c", 4)
                .meeting("cd", "c", "d", 3).select());

        assertThat(SlotMatchingBound.greedySum(path, SlotMatchingBound.meetingsBySlot(path))).isEqualTo(4);
        assertThat(SlotMatchingBound.compute(path, 5, System.nanoTime() + Duration.ofSeconds(10).toNanos()).bound()).isEqualTo(6);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void neverBelowTheOptimumOfGeneratedEvents(long seed) {
        Instance event = new InstanceGenerator().generate("small", seed);

        Schedule schedule = new SelectMeetingsSolver().solve(event, Solving.quick());

        assertThat(bound(event)).isGreaterThanOrEqualTo(schedule.objective().weight());
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
    void neverBelowTheProvedOptimumOfRandomSmallEvents(long seed) {
        Random random = new Random(seed);
        int slots = 1 + random.nextInt(3);
        int tables = 1 + random.nextInt(3);
        Events events = anEvent(slots, tables);
        int people = 4 + random.nextInt(4);
        if (random.nextBoolean()) {
            events.ownTable("p0", 1);
        }
        for (int p = 0; p < people; p++) {
            if (random.nextInt(4) == 0) {
                events.unavailable("p" + p, 1 + random.nextInt(slots));
            }
        }
        int meetings = 0;
        for (int a = 0; a < people; a++) {
            for (int b = a + 1; b < people; b++) {
                if (random.nextInt(3) > 0) {
                    events.meeting("m" + meetings++, "p" + a, "p" + b, 1 + random.nextInt(9));
                }
            }
        }
        Instance event = events.select();

        Schedule optimal = new SelectMeetingsSolver().solve(event, Solving.quick());

        assertThat(optimal.status()).isEqualTo(Status.OPTIMAL);
        SelectDomain domain = new SelectDomain(event);
        assertThat(bound(event)).isGreaterThanOrEqualTo(optimal.objective().weight())
                .isGreaterThanOrEqualTo(SlotMatchingBound.greedySum(domain, SlotMatchingBound.meetingsBySlot(domain)));
        assertThat(optimal.bound().weight()).isEqualTo(optimal.objective().weight());
    }
}
