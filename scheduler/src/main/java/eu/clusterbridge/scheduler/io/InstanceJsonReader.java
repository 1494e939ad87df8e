package eu.clusterbridge.scheduler.io;

import eu.clusterbridge.scheduler.model.Instance;
import eu.clusterbridge.scheduler.model.Meeting;
import eu.clusterbridge.scheduler.model.Mode;
import eu.clusterbridge.scheduler.model.Participant;
import eu.clusterbridge.scheduler.model.SlotRange;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads {@code b2b-instance/1} (see the benchmarks README): defaults weight 1 and one block over all slots. */
public final class InstanceJsonReader {

    static final String FORMAT = "b2b-instance/1";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    public Instance read(String json) {
        return read(parse(json), "instance");
    }

    static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (JacksonException e) {
            var at = e.getLocation();
            String where = at == null ? "document" : "line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new InstanceFormatException(where, "not valid JSON: " + e.getOriginalMessage());
        }
    }

    Instance read(JsonNode root, String defaultName) {
        JsonFields doc = new JsonFields(root, "", "format", "name", "mode", "slots", "blocks", "sessions", "tables",
                "fairness", "oneMeetingPerCompany", "participants", "meetings");
        String format = doc.optionalString("format");
        if (format != null && !format.equals(FORMAT)) {
            throw new InstanceFormatException("format", "expected \"" + FORMAT + "\" but found \"" + format + "\"");
        }
        String name = doc.optionalString("name");
        int slots = doc.integer("slots");
        Instance instance = new Instance(name == null ? defaultName : name, mode(doc), slots,
                ranges(doc.array("blocks"), "blocks", slots), sessions(doc, slots), doc.integer("tables"),
                doc.optionalInteger("fairness"), doc.bool("oneMeetingPerCompany", false),
                participants(doc.array("participants")), meetings(doc.array("meetings")));
        new InstanceValidator().validate(instance);
        return instance;
    }

    private static Mode mode(JsonFields doc) {
        String mode = doc.string("mode");
        return switch (mode) {
            case "all" -> Mode.ALL;
            case "select" -> Mode.SELECT;
            default -> throw new InstanceFormatException("mode", "expected \"all\" or \"select\" but found \"" + mode + "\"");
        };
    }

    private static Map<String, List<SlotRange>> sessions(JsonFields doc, int slots) {
        Map<String, List<SlotRange>> sessions = new LinkedHashMap<>();
        if (!doc.present("sessions")) {
            return sessions;
        }
        JsonNode node = doc.raw("sessions");
        if (!node.isObject()) {
            throw new InstanceFormatException("sessions", "expected an object of named slot ranges");
        }
        for (var entry : node.properties()) {
            String where = "sessions." + entry.getKey();
            if (!entry.getValue().isArray()) {
                throw new InstanceFormatException(where, "expected an array of [first, last] ranges");
            }
            List<JsonNode> ranges = new ArrayList<>();
            entry.getValue().forEach(ranges::add);
            sessions.put(entry.getKey(), ranges(ranges, where, slots));
        }
        return sessions;
    }

    private static List<SlotRange> ranges(List<JsonNode> nodes, String where, int slots) {
        List<SlotRange> ranges = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            JsonNode node = nodes.get(i);
            String at = where + "[" + i + "]";
            if (!node.isArray() || node.size() != 2) {
                throw new InstanceFormatException(at, "expected [first, last] but found " + node);
            }
            int first = JsonFields.integerValue(node.get(0), at);
            int last = JsonFields.integerValue(node.get(1), at);
            if (first < 1 || last < first || last > slots) {
                throw new InstanceFormatException(at, "[" + first + ", " + last + "] is not a range within 1.." + slots);
            }
            ranges.add(new SlotRange(first, last));
        }
        return ranges;
    }

    private static List<Participant> participants(List<JsonNode> nodes) {
        List<Participant> participants = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            String path = "participants[" + i + "]";
            JsonFields p = new JsonFields(nodes.get(i), path, "id", "unavailable", "maxMeetings", "company", "table",
                    "maxMeetingsPerBlock");
            Set<Integer> unavailable = new LinkedHashSet<>();
            List<JsonNode> slots = p.array("unavailable");
            for (int k = 0; k < slots.size(); k++) {
                unavailable.add(JsonFields.integerValue(slots.get(k), path + ".unavailable[" + k + "]"));
            }
            participants.add(new Participant(p.string("id"), unavailable, p.optionalInteger("maxMeetings"),
                    p.optionalString("company"), p.optionalInteger("table"), p.optionalInteger("maxMeetingsPerBlock")));
        }
        return participants;
    }

    private static List<Meeting> meetings(List<JsonNode> nodes) {
        List<Meeting> meetings = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            String path = "meetings[" + i + "]";
            JsonFields m = new JsonFields(nodes.get(i), path, "id", "a", "b", "weight", "session", "fixedSlot", "after");
            List<String> after = new ArrayList<>();
            List<JsonNode> before = m.array("after");
            for (int k = 0; k < before.size(); k++) {
                after.add(JsonFields.stringValue(before.get(k), path + ".after[" + k + "]"));
            }
            Integer weight = m.optionalInteger("weight");
            meetings.add(new Meeting(m.string("id"), m.string("a"), m.string("b"), weight == null ? 1 : weight,
                    m.optionalString("session"), m.optionalInteger("fixedSlot"), after));
        }
        return meetings;
    }
}
