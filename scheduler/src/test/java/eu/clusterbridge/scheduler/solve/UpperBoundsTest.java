package eu.clusterbridge.scheduler.solve;

import eu.clusterbridge.scheduler.generate.InstanceGenerator;
import eu.clusterbridge.scheduler.model.Instance;
import eu.clusterbridge.scheduler.model.Schedule;
import eu.clusterbridge.scheduler.model.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;

import static eu.clusterbridge.scheduler.solve.Events.anEvent;
import static org.assertj.core.api.Assertions.assertThat;

class UpperBoundsTest {

    @Test
    void oneTableBoundsASlotByItsHeaviestMeeting() {
        Instance event = anEvent(1, 1).meeting("a", "p", "q", 3).meeting("b", "r", "s", 5).meeting("c", "t", "u", 1).select();

        assertThat(UpperBounds.of(event)).isEqualTo(5);
    }

    @Test
    void aParticipantsCapBoundsTheirMeetings() {
        Instance event = anEvent(5, 5).cap("star", 2)
                .meeting("1", "star", "a", 4).meeting("2", "star", "b", 3).meeting("3", "star", "c", 2).select();

        // Halving counts each meeting from both ends: (4 + 3) from the star, 4 + 3 + 2 from the others.
        assertThat(UpperBounds.of(event)).isEqualTo(8);
        assertThat(RelaxedSelection.solve(new SelectDomain(event), Duration.ofSeconds(5)).bound()).isEqualTo(7);
    }

    @Test
    void anOddCycleInOneSlotIsNotFooledByHalving() {
        Instance triangle = anEvent(1, 3).meeting("ab", "a", "b", 2).meeting("bc", "b", "c", 2).meeting("ca", "c", "a", 2).select();

        assertThat(UpperBounds.of(triangle)).isEqualTo(3);
        assertThat(new SelectMeetingsSolver().solve(triangle, Solving.quick()).bound().weight()).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void boundsTheOptimumOfGeneratedEvents(long seed) {
        Instance event = new InstanceGenerator().generate("small", seed);

        Schedule optimal = new SelectMeetingsSolver().solve(event, Solving.quick());

        assertThat(UpperBounds.of(event)).isGreaterThanOrEqualTo(optimal.objective().weight());
        assertThat(optimal.bound().weight()).isGreaterThanOrEqualTo(optimal.objective().weight());
        if (optimal.status() == Status.OPTIMAL) {
            assertThat(optimal.bound().weight()).isEqualTo(optimal.objective().weight());
        }
    }
}
