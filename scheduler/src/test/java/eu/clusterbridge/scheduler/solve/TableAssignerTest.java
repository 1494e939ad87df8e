package eu.clusterbridge.scheduler.solve;

import eu.clusterbridge.scheduler.model.Assignment;
import eu.clusterbridge.scheduler.model.Instance;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static eu.clusterbridge.scheduler.solve.Events.anEvent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TableAssignerTest {

    @Test
    void hostedMeetingsAreAtTheHostsTableAndOthersAtUnownedTables() {
        Instance event = anEvent(2, 3).ownTable("host", 2)
                .meeting("m1", "guest", "host").meeting("m2", "x", "y").meeting("m3", "u", "v").select();

        Map<String, Integer> tables = tables(TableAssigner.assign(event, Map.of("m1", 1, "m2", 1, "m3", 1)));

        assertThat(tables).containsEntry("m1", 2);
        assertThat(List.of(tables.get("m2"), tables.get("m3"))).containsExactlyInAnyOrder(1, 3);
    }

    @Test
    void aMeetingBetweenTwoHostsUsesWhicheverHostTableIsFree() {
        Instance event = anEvent(1, 3).ownTable("h1", 1).ownTable("h2", 2).ownTable("h3", 3)
                .meeting("a", "h1", "h2").meeting("b", "h1x", "h1").select();
        // h1 shares table 1 with nobody else, but meeting "b" needs it, so "a" must go to h2's table.
        Instance shared = anEvent(1, 3).ownTable("h1", 1).ownTable("h2", 2).ownTable("h4", 1)
                .meeting("a", "h1", "h2").meeting("b", "guest", "h4").select();

        Map<String, Integer> tables = tables(TableAssigner.assign(shared, Map.of("a", 1, "b", 1)));

        assertThat(tables).containsEntry("a", 2).containsEntry("b", 1);
        assertThat(tables(TableAssigner.assign(event, Map.of("a", 1)))).containsEntry("a", 1);
    }

    @Test
    void participantsKeepTheirTableAcrossConsecutiveMeetings() {
        Instance event = anEvent(2, 2)
                .meeting("a", "x", "y").meeting("b", "u", "v")
                .meeting("c", "u", "w").meeting("d", "x", "z").select();

        Map<String, Integer> tables = tables(TableAssigner.assign(event, Map.of("a", 1, "b", 1, "c", 2, "d", 2)));

        assertThat(tables.get("d")).isEqualTo(tables.get("a"));
        assertThat(tables.get("c")).isEqualTo(tables.get("b"));
    }

    @Test
    void refusesSlotsWithMoreMeetingsThanTables() {
        Instance event = anEvent(1, 3).ownTable("host", 1)
                .meeting("a", "p", "q").meeting("b", "r", "s").meeting("c", "t", "u").select();

        assertThatThrownBy(() -> TableAssigner.assign(event, Map.of("a", 1, "b", 1, "c", 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Map<String, Integer> tables(List<Assignment> assignments) {
        return assignments.stream().collect(Collectors.toMap(Assignment::meetingId, Assignment::table));
    }
}
