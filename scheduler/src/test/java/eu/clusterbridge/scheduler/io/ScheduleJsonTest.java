package eu.clusterbridge.scheduler.io;

import eu.clusterbridge.scheduler.model.Assignment;
import eu.clusterbridge.scheduler.model.Bound;
import eu.clusterbridge.scheduler.model.Objective;
import eu.clusterbridge.scheduler.model.Schedule;
import eu.clusterbridge.scheduler.model.Status;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScheduleJsonTest {

    private static final String README_EXAMPLE = """
            {
              "format": "b2b-schedule/1",
              "instance": "een-brokerage-2026",
              "status": "OPTIMAL",
              "meetings": [{"id": "m1", "slot": 3, "table": 12}],
              "unscheduled": ["m9"],
              "objective": {"meetings": 1530, "weight": 4210, "breaks": 88},
              "bound": {"weight": 4250},
              "seconds": 12.4
            }
            """;

    private final ScheduleJson json = new ScheduleJson();

    @Test
    void readsTheReadmeExample() {
        Schedule schedule = json.read(README_EXAMPLE);

        assertThat(schedule).isEqualTo(new Schedule("een-brokerage-2026", Status.OPTIMAL, List.of(new Assignment("m1", 3, 12)),
                List.of("m9"), new Objective(1530, 4210, 88), new Bound(4250L, null), 12.4));
    }

    @Test
    void writingAndReadingGivesTheSameSchedule() {
        Schedule schedule = new Schedule("x", Status.FEASIBLE, List.of(new Assignment("m1", 3, 12), new Assignment("m2", 4, 1)),
                List.of(), new Objective(2, 7, 1), new Bound(9L, 0), 1.25);

        String text = json.write(schedule);

        assertThat(json.read(text)).isEqualTo(schedule);
        assertThat(text).contains("  \"meetings\": [\n    {\"id\":\"m1\",\"slot\":3,\"table\":12},\n    {\"id\":\"m2\"");
    }

    @Test
    void unknownBoundsAreLeftOutRatherThanWrittenAsZero() {
        Schedule schedule = new Schedule("x", Status.UNKNOWN, List.of(), List.of("m1"), new Objective(0, 0, 0), Bound.none(), 0);

        assertThat(json.write(schedule)).contains("\"bound\": {}");
        assertThat(json.read(json.write(schedule)).bound()).isEqualTo(Bound.none());
    }

    @Test
    void faultsNameTheField() {
        assertThatThrownBy(() -> json.read(README_EXAMPLE.replace("OPTIMAL", "GREAT")))
                .isInstanceOf(InstanceFormatException.class).hasMessageStartingWith("status: expected one of");
        assertThatThrownBy(() -> json.read(README_EXAMPLE.replace("\"slot\": 3", "\"slot\": \"3\"")))
                .hasMessageStartingWith("meetings[0].slot: expected a whole number");
        assertThatThrownBy(() -> json.read(README_EXAMPLE.replace("b2b-schedule/1", "b2b-schedule/2")))
                .hasMessageStartingWith("format: expected \"b2b-schedule/1\"");
        assertThatThrownBy(() -> json.read("{\"status\": \"OPTIMAL\", \"meetings\": []}"))
                .hasMessage("objective: expected an object");
    }
}
