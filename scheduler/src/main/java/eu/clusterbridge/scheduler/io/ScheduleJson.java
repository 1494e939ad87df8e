package eu.clusterbridge.scheduler.io;

import eu.clusterbridge.scheduler.model.Assignment;
import eu.clusterbridge.scheduler.model.Bound;
import eu.clusterbridge.scheduler.model.Objective;
import eu.clusterbridge.scheduler.model.Schedule;
import eu.clusterbridge.scheduler.model.Status;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads and writes {@code b2b-schedule/1}. Reading checks only the shape; whether the schedule obeys the
 * instance is the {@code ScheduleChecker}'s job, which reports every fault rather than stopping at the first.
 */
public final class ScheduleJson {

    static final String FORMAT = "b2b-schedule/1";
    public Schedule read(String json) {
        JsonFields doc = new JsonFields(InstanceJsonReader.parse(json), "", "format", "instance", "status",
                "meetings", "unscheduled", "objective", "bound", "seconds");
        String format = doc.optionalString("format");
        if (format != null && !format.equals(FORMAT)) {
            throw new InstanceFormatException("format", "expected \"" + FORMAT + "\" but found \"" + format + "\"");
        }
        List<Assignment> meetings = new ArrayList<>();
        List<JsonNode> nodes = doc.array("meetings");
        for (int i = 0; i < nodes.size(); i++) {
            JsonFields m = new JsonFields(nodes.get(i), "meetings[" + i + "]", "id", "slot", "table");
            meetings.add(new Assignment(m.string("id"), m.integer("slot"), m.integer("table")));
        }
        List<String> unscheduled = new ArrayList<>();
        List<JsonNode> ids = doc.array("unscheduled");
        for (int i = 0; i < ids.size(); i++) {
            unscheduled.add(JsonFields.stringValue(ids.get(i), "unscheduled[" + i + "]"));
        }
        JsonFields objective = new JsonFields(doc.raw("objective"), "objective", "meetings", "weight", "breaks");
        Objective reported = new Objective(objective.integer("meetings"), objective.optionalLong("weight") == null
                ? 0 : objective.optionalLong("weight"), objective.integer("breaks"));
        return new Schedule(doc.optionalString("instance"), status(doc), meetings, unscheduled, reported,
                bound(doc), doc.number("seconds", 0));
    }

    private static Status status(JsonFields doc) {
        String status = doc.string("status");
        try {
            return Status.valueOf(status);
        } catch (IllegalArgumentException e) {
            throw new InstanceFormatException("status", "expected one of " + Arrays.toString(Status.values())
                    + " but found \"" + status + "\"");
        }
    }

    private static Bound bound(JsonFields doc) {
        if (!doc.present("bound")) {
            return Bound.none();
        }
        JsonFields bound = new JsonFields(doc.raw("bound"), "bound", "weight", "breaks");
        return new Bound(bound.optionalLong("weight"), bound.optionalInteger("breaks"));
    }

    public String write(Schedule schedule) {
        ObjectNode root = JsonLayout.object();
        root.put("format", FORMAT);
        root.put("instance", schedule.instance());
        root.put("status", schedule.status().name());
        ArrayNode meetings = root.putArray("meetings");
        for (Assignment a : schedule.meetings()) {
            meetings.addObject().put("id", a.meetingId()).put("slot", a.slot()).put("table", a.table());
        }
        ArrayNode unscheduled = root.putArray("unscheduled");
        schedule.unscheduled().forEach(unscheduled::add);
        Objective objective = schedule.objective() == null ? new Objective(0, 0, 0) : schedule.objective();
        root.putObject("objective").put("meetings", objective.meetings()).put("weight", objective.weight())
                .put("breaks", objective.breaks());
        ObjectNode bound = root.putObject("bound");
        // Only proved bounds are written: an absent field means "not known", never zero.
        if (schedule.bound() != null && schedule.bound().weight() != null) {
            bound.put("weight", schedule.bound().weight());
        }
        if (schedule.bound() != null && schedule.bound().breaks() != null) {
            bound.put("breaks", schedule.bound().breaks());
        }
        root.put("seconds", Math.round(schedule.seconds() * 1000) / 1000.0);
        return JsonLayout.write(root);
    }
}
