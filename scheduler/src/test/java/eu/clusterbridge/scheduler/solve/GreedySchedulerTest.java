package eu.clusterbridge.scheduler.solve;

import eu.clusterbridge.scheduler.generate.InstanceGenerator;
import eu.clusterbridge.scheduler.model.Instance;
import eu.clusterbridge.scheduler.model.Meeting;
import eu.clusterbridge.scheduler.model.Schedule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static eu.clusterbridge.scheduler.solve.Events.anEvent;
import static eu.clusterbridge.scheduler.solve.Solving.slots;
import static eu.clusterbridge.scheduler.solve.Solving.verified;
import static org.assertj.core.api.Assertions.assertThat;

class GreedySchedulerTest {

    @Test
    void placesHeavierMeetingsFirstInTheirEarliestSlot() {
        Instance event = anEvent(2, 1).meeting("light", "a", "b", 1).meeting("heavy", "a", "c", 4)
                .meeting("lighter", "a", "d", 1).select();

        Schedule schedule = verified(event, new GreedyScheduler().solve(event));

        assertThat(slots(schedule)).containsEntry("heavy", 1).containsEntry("light", 2).doesNotContainKey("lighter");
    }

    @Test
    void waitsForPredecessors() {
        Instance event = anEvent(3, 2)
                .meeting(new Meeting("second", "a", "b", 9, null, null, List.of("first")))
                .meeting(new Meeting("first", "a", "c", 1, null, null, List.of())).select();

        Schedule schedule = verified(event, new GreedyScheduler().solve(event));

        assertThat(slots(schedule)).containsEntry("first", 1).containsEntry("second", 2);
    }

    @Test
    void skipsSlotsThatWouldMakeBreaksUnfair() {
        Instance event = anEvent(3, 2).fairness(0)
                .meeting(new Meeting("fixed", "a", "d", 2, null, 3, List.of()))
                .meeting(new Meeting("free", "a", "c", 1, null, null, List.of())).select();

        Schedule schedule = verified(event, new GreedyScheduler().solve(event));

        // Slot 1 is earliest, but a would then have a break while c and d have none.
        assertThat(slots(schedule)).containsEntry("fixed", 3).containsEntry("free", 2);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void respectsEveryRuleOnGeneratedEvents(long seed) {
        Instance event = new InstanceGenerator().generate("small", seed);

        Schedule schedule = verified(event, new GreedyScheduler().solve(event));

        assertThat(schedule.objective().meetings()).isPositive();
    }
}
