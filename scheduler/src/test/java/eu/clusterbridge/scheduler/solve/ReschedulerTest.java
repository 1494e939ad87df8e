package eu.clusterbridge.scheduler.solve;

import eu.clusterbridge.scheduler.generate.InstanceGenerator;
import eu.clusterbridge.scheduler.model.Instance;
import eu.clusterbridge.scheduler.model.Meeting;
import eu.clusterbridge.scheduler.model.Schedule;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static eu.clusterbridge.scheduler.solve.Events.anEvent;
import static eu.clusterbridge.scheduler.solve.Solving.quick;
import static eu.clusterbridge.scheduler.solve.Solving.slots;
import static eu.clusterbridge.scheduler.solve.Solving.tables;
import static eu.clusterbridge.scheduler.solve.Solving.verified;
import static org.assertj.core.api.Assertions.assertThat;

class ReschedulerTest {

    private final Instance event = new InstanceGenerator().generate("small", 7);
    private final Schedule before = verified(event, new SelectMeetingsSolver().solve(event, quick()));

    @Test
    void movesNothingWhenNothingChanged() {
        Schedule after = verified(event, new Rescheduler().reschedule(event, before, Set.of(), quick()));

        assertThat(slots(after)).isEqualTo(slots(before));
        assertThat(after.objective().weight()).isEqualTo(before.objective().weight());
    }

    @Test
    void fitsANewRequestMovingFewMeetings() {
        String a = event.participants().get(0).id();
        String b = event.participants().get(1).id();
        List<Meeting> meetings = new ArrayList<>(event.meetings());
        meetings.add(new Meeting("new", a, b, 50, null, null, List.of()));
        Instance changed = event.withMeetings(meetings);

        Schedule after = verified(changed, new Rescheduler().reschedule(changed, before, Set.of(), quick()));

        assertThat(slots(after)).containsKey("new");
        long moved = slots(before).entrySet().stream().filter(e -> !e.getValue().equals(slots(after).get(e.getKey()))).count();
        assertThat(moved).isLessThanOrEqualTo(3);
    }

    @Test
    void lockedMeetingsKeepTheirSlotAndTable() {
        Instance small = anEvent(3, 2).meeting("ab", "a", "b", 1).meeting("cd", "c", "d", 1).select();
        Schedule first = verified(small, new SelectMeetingsSolver().solve(small, quick()));
        List<Meeting> more = new ArrayList<>(small.meetings());
        more.add(new Meeting("ac", "a", "c", 9, null, slots(first).get("ab"), List.of()));
        Instance changed = small.withMeetings(more);

        Schedule after = verified(changed, new Rescheduler().reschedule(changed, first, Set.of("ab"), quick()));

        assertThat(slots(after)).containsEntry("ab", slots(first).get("ab")).doesNotContainKey("ac");
        assertThat(tables(after)).containsEntry("ab", tables(first).get("ab"));
    }
}
