package eu.clusterbridge.scheduler.io;

import eu.clusterbridge.scheduler.Fixtures;
import eu.clusterbridge.scheduler.model.Instance;
import eu.clusterbridge.scheduler.model.Mode;
import eu.clusterbridge.scheduler.model.SlotRange;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InstanceJsonTest {

    private static final String README_EXAMPLE = """
            {
              "format": "b2b-instance/1",
              "name": "een-brokerage-2026",
              "mode": "select",
              "slots": 24,
              "blocks": [[1, 12], [13, 24]],
              "sessions": {"morning": [[1, 6], [13, 18]], "afternoon": [[7, 12], [19, 24]]},
              "tables": 40,
              "fairness": 2,
              "oneMeetingPerCompany": false,
              "participants": [
                {"id": "p1", "unavailable": [3, 4], "maxMeetings": 10, "company": "acme", "table": 7},
                {"id": "p2"}
              ],
              "meetings": [
                {"id": "m1", "a": "p1", "b": "p2", "weight": 5, "session": "morning", "fixedSlot": null, "after": []},
                {"id": "m2", "a": "p2", "b": "p1", "after": ["m1"]}
              ]
            }
            """;

    private final InstanceJsonReader reader = new InstanceJsonReader();

    @Test
    void readsTheReadmeExample() {
        Instance instance = reader.read(README_EXAMPLE);

        assertThat(instance.name()).isEqualTo("een-brokerage-2026");
        assertThat(instance.mode()).isEqualTo(Mode.SELECT);
        assertThat(instance.blocks()).containsExactly(new SlotRange(1, 12), new SlotRange(13, 24));
        assertThat(instance.sessions().get("morning")).containsExactly(new SlotRange(1, 6), new SlotRange(13, 18));
        assertThat(instance.fairness()).isEqualTo(2);
        assertThat(instance.participant("p1").orElseThrow().table()).isEqualTo(7);
        assertThat(instance.participant("p1").orElseThrow().unavailable()).containsExactlyInAnyOrder(3, 4);
        assertThat(instance.meeting("m1").orElseThrow().weight()).isEqualTo(5);
        assertThat(instance.meeting("m2").orElseThrow().weight()).as("default weight").isEqualTo(1);
        assertThat(instance.meeting("m2").orElseThrow().after()).containsExactly("m1");
    }

    @Test
    void blocksDefaultToOneOverEverySlot() {
        Instance instance = reader.read("""
                {"mode": "all", "slots": 5, "tables": 1, "participants": [], "meetings": []}""");

        assertThat(instance.blocks()).containsExactly(new SlotRange(1, 5));
        assertThat(instance.fairness()).isNull();
        assertThat(instance.oneMeetingPerCompany()).isFalse();
    }

    @Test
    void writingAndReadingGivesTheSameInstance() {
        Instance original = Fixtures.aTwoDayEvent(Mode.SELECT).withFairness(1);

        String json = new InstanceJsonWriter().write(original);

        assertThat(reader.read(json)).isEqualTo(original);
        assertThat(json).startsWith("{\n  \"format\": \"b2b-instance/1\",\n")
                .contains("\n    {\"id\":\"p1\",\"unavailable\":[],\"maxMeetings\":null,\"company\":null,\"table\":3},\n")
                .contains("\"fixedSlot\":null");
    }

    @Test
    void aPerBlockCapIsReadAndWrittenOnlyWhenSet() {
        Instance capped = reader.read(README_EXAMPLE.replace("{\"id\": \"p2\"}", "{\"id\": \"p2\", \"maxMeetingsPerBlock\": 3}"));

        assertThat(capped.participant("p2").orElseThrow().maxMeetingsPerBlock()).isEqualTo(3);
        assertThat(capped.participant("p1").orElseThrow().maxMeetingsPerBlock()).isNull();
        String json = new InstanceJsonWriter().write(capped);
        assertThat(reader.read(json)).isEqualTo(capped);
        assertThat(json).contains("\"table\":null,\"maxMeetingsPerBlock\":3}").containsOnlyOnce("maxMeetingsPerBlock");
        assertFault("{\"id\": \"p2\"}", "{\"id\": \"p2\", \"maxMeetingsPerBlock\": -1}",
                "participants[1].maxMeetingsPerBlock: must not be negative, was -1");
        assertThatThrownBy(() -> reader.read(README_EXAMPLE.replace("\"mode\": \"select\"", "\"mode\": \"all\"")
                .replace("{\"id\": \"p2\"}", "{\"id\": \"p2\", \"maxMeetingsPerBlock\": 3}")))
                .isInstanceOf(InstanceFormatException.class)
                .hasMessageStartingWith("participants[1].maxMeetingsPerBlock: a per-block cap needs mode \"select\"");
    }

    @Test
    void faultsAreReportedWithTheFieldAtFault() {
        assertFault("\"b\": \"p2\", \"weight\": 5", "\"b\": \"p99\", \"weight\": 5",
                "meetings[0].b: unknown participant \"p99\"");
        assertFault("\"b\": \"p2\", \"weight\": 5", "\"b\": \"p1\", \"weight\": 5",
                "meetings[0]: a meeting of \"p1\" with itself");
        assertFault("[3, 4]", "[3, 31]", "participants[0].unavailable: slot 31 is outside 1..24");
        assertFault("\"table\": 7", "\"table\": 41", "participants[0].table: table 41 is outside 1..40");
        assertFault("{\"id\": \"p2\"}", "{\"id\": \"p1\"}", "participants[1].id: duplicate participant id \"p1\"");
        assertFault("{\"id\": \"m2\"", "{\"id\": \"m1\"", "meetings[1].id: duplicate meeting id \"m1\"");
        assertFault("\"session\": \"morning\"", "\"session\": \"evening\"", "meetings[0].session: unknown session \"evening\"");
        assertFault("[\"m1\"]", "[\"m7\"]", "meetings[1].after[0]: unknown meeting \"m7\"");
        assertFault("\"fixedSlot\": null", "\"fixedSlot\": 25", "meetings[0].fixedSlot: slot 25 is outside 1..24");
        assertFault("\"mode\": \"select\"", "\"mode\": \"some\"", "mode: expected \"all\" or \"select\" but found \"some\"");
        assertFault("\"fairness\": 2", "\"fairnes\": 2", "fairnes: unknown field (expected one of");
        assertFault("\"tables\": 40", "\"tables\": \"forty\"", "tables: expected a whole number but found \"forty\"");
        assertFault("[[1, 12], [13, 24]]", "[[1, 12], [12, 24]]", "blocks[1]: overlaps blocks[0]");
        assertFault("[[7, 12], [19, 24]]", "[[7, 12], [19, 25]]", "sessions.afternoon[1]: [19, 25] is not a range within 1..24");
        assertFault("\"slots\": 24,", "", "slots: missing");
        assertFault("\"fixedSlot\": null", "\"fixedSlot\": 8", "meetings[0].fixedSlot: slot 8 is outside the meeting's session morning");
        assertFault("\"fixedSlot\": null", "\"fixedSlot\": 3", "meetings[0].fixedSlot: slot 3 is one where p1 is unavailable");
        assertFault("\"after\": []", "\"after\": [\"m2\"]", "meetings[0].after: precedence cycle m1 after m2 after m1");
    }

    @Test
    void brokenJsonIsReportedWithItsLine() {
        assertThatThrownBy(() -> reader.read("{\n  \"mode\": \"all\",\n  \"slots\": ]\n}"))
                .isInstanceOf(InstanceFormatException.class)
                .hasMessageStartingWith("line 3, column")
                .hasMessageContaining("not valid JSON");
    }

    private void assertFault(String original, String replacement, String expected) {
        assertThat(README_EXAMPLE).contains(original);
        assertThatThrownBy(() -> reader.read(README_EXAMPLE.replace(original, replacement)))
                .isInstanceOf(InstanceFormatException.class)
                .hasMessageStartingWith(expected);
    }

    @Test
    void theExceptionCarriesTheLocationApart() {
        var e = new InstanceFormatException("meetings[3].b", "unknown participant \"p99\"");

        assertThat(e.location()).isEqualTo("meetings[3].b");
        assertThat(e.problem()).isEqualTo("unknown participant \"p99\"");
        assertThat(List.of(e.getMessage())).containsExactly("meetings[3].b: unknown participant \"p99\"");
    }
}
