package eu.clusterbridge.scheduler.io;

import eu.clusterbridge.scheduler.model.Instance;
import eu.clusterbridge.scheduler.model.Meeting;
import eu.clusterbridge.scheduler.model.Mode;
import eu.clusterbridge.scheduler.model.SlotRange;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DznReaderTest {

    private static final String SMALL = """
            % four participants, four meetings
            nBusiness = 4;
            nMeetings = 4;   /* a block
                                comment */
            nTables = 2;
            nTotalSlots = 6;
            nMorningSlots = 3;

            requested = [|1, 2,1,
            |1, 3,3,
            |2, 4,2,
            |3, 4,3,
            |];
            meetingsxBusiness = [{1,2,3},{1,2,4},{1,3,5},{1,4,5}];
            nMeetingsBusiness = [2,2,2,2];
            forbidden = [{0}, {0,5}, {2..3}, {0}];
            fixed = [0,0,6,0];
            precedences = [{},{},{},{1,2}];
            """;

    private final DznReader reader = new DznReader();

    @Test
    void readsParticipantsMeetingsSessionsAndConstraints() {
        Instance instance = reader.read("small", SMALL);

        assertThat(instance.mode()).isEqualTo(Mode.ALL);
        assertThat(instance.slots()).isEqualTo(6);
        assertThat(instance.tables()).isEqualTo(2);
        assertThat(instance.fairness()).isNull();
        assertThat(instance.blocks()).containsExactly(new SlotRange(1, 6));
        assertThat(instance.sessions()).containsEntry("morning", List.of(new SlotRange(1, 3)))
                .containsEntry("afternoon", List.of(new SlotRange(4, 6)));
        assertThat(instance.participants()).extracting(p -> p.id()).containsExactly("p1", "p2", "p3", "p4");
        assertThat(instance.participant("p1").orElseThrow().unavailable()).isEmpty();
        assertThat(instance.participant("p2").orElseThrow().unavailable()).isEqualTo(Set.of(5));
        assertThat(instance.participant("p3").orElseThrow().unavailable()).isEqualTo(Set.of(2, 3));
        assertThat(instance.meetings()).containsExactly(
                new Meeting("m1", "p1", "p2", 1, "morning", null, List.of()),
                new Meeting("m2", "p1", "p3", 1, null, null, List.of()),
                new Meeting("m3", "p2", "p4", 1, "afternoon", 6, List.of()),
                new Meeting("m4", "p3", "p4", 1, null, null, List.of("m1", "m2")));
    }

    @Test
    void aDayWithoutAfternoonHasOnlyAMorningSession() {
        Instance instance = reader.read("x", SMALL.replace("nMorningSlots = 3;", "nMorningSlots = 6;")
                .replace("|2, 4,2,", "|2, 4,3,"));

        assertThat(instance.sessions()).containsOnlyKeys("morning");
    }

    @Test
    void aMissingSemicolonIsReportedWithItsLine() {
        assertThatThrownBy(() -> reader.read("x", SMALL.replace("nTables = 2;", "nTables = 2")))
                .isInstanceOf(InstanceFormatException.class)
                .hasMessage("line 5: expected ';' but found 'nTotalSlots'");
    }

    @Test
    void aParticipantOutsideTheDeclaredRangeIsReported() {
        assertThatThrownBy(() -> reader.read("x", SMALL.replace("|3, 4,3,", "|3, 9,3,")))
                .isInstanceOf(InstanceFormatException.class)
                .hasMessage("line 9 (requested): requested row 4: participant 9 is outside 1..4");
    }

    @Test
    void meetingsPerBusinessMustAgreeWithTheRequests() {
        assertThatThrownBy(() -> reader.read("x", SMALL.replace("{1,4,5}]", "{1,4}]")))
                .hasMessageContaining("meetingsxBusiness")
                .hasMessageContaining("participant 4 lists meetings [3] (after the -1 shift) but requested gives [3, 4]");
        assertThatThrownBy(() -> reader.read("x", SMALL.replace("[2,2,2,2]", "[2,2,2,3]")))
                .hasMessageContaining("participant 4 has 3 meetings but requested gives 2");
    }

    @Test
    void contradictoryValuesAreReportedWithTheItem() {
        assertThatThrownBy(() -> reader.read("x", SMALL.replace("{2..3}", "{2..7}")))
                .hasMessageContaining("forbidden").hasMessageContaining("participant 3: slot 7 is outside 1..6");
        assertThatThrownBy(() -> reader.read("x", SMALL.replace("[0,0,6,0]", "[0,0,9,0]")))
                .hasMessageContaining("meeting 3: slot 9 is outside 1..6");
        assertThatThrownBy(() -> reader.read("x", SMALL.replace("{1,2}]", "{1,5}]")))
                .hasMessageContaining("meeting 4: meeting 5 is outside 1..4");
        assertThatThrownBy(() -> reader.read("x", SMALL.replace("|1, 2,1,", "|1, 2,4,")))
                .hasMessageContaining("session 4 is not 1, 2 or 3");
        assertThatThrownBy(() -> reader.read("x", SMALL.replace("|1, 2,1,", "|1, 1,1,")))
                .hasMessageContaining("a meeting of \"p1\" with itself");
        assertThatThrownBy(() -> reader.read("x", SMALL.replace("nTables = 2;", "nTables = {2};")))
                .hasMessage("line 5 (nTables): expected an integer but found a set");
        assertThatThrownBy(() -> reader.read("x", SMALL.replace("fixed = [0,0,6,0];", "fixed = [0,0,6];")))
                .hasMessageContaining("fixed").hasMessageContaining("has 3 elements, expected 4");
    }

    @Test
    void aMissingItemIsNamed() {
        assertThatThrownBy(() -> reader.read("x", SMALL.replace("nTables = 2;", "")))
                .hasMessage("nTables: missing: the file does not assign \"nTables\"");
    }

    @Test
    void optionalItemsMayBeLeftOut() {
        String minimal = SMALL.substring(0, SMALL.indexOf("meetingsxBusiness"));

        Instance instance = reader.read("x", minimal);

        assertThat(instance.meetings()).hasSize(4).allMatch(m -> m.fixedSlot() == null && m.after().isEmpty());
    }
}
