package eu.clusterbridge.scheduler.io;

import eu.clusterbridge.scheduler.model.Instance;
import eu.clusterbridge.scheduler.model.Meeting;
import eu.clusterbridge.scheduler.model.Participant;
import eu.clusterbridge.scheduler.model.SlotRange;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.TreeMap;

/**
 * Writes {@code b2b-instance/1}, one participant or meeting per line. Every field is written, optional ones as
 * {@code null}, so the file shows a reader what can be set; sessions are sorted by name because the model does
 * not keep their order.
 */
public final class InstanceJsonWriter {

    public String write(Instance instance) {
        ObjectNode root = JsonLayout.object();
        root.put("format", InstanceJsonReader.FORMAT);
        root.put("name", instance.name());
        root.put("mode", instance.mode().json());
        root.put("slots", instance.slots());
        ranges(root.putArray("blocks"), instance.blocks());
        ObjectNode sessions = root.putObject("sessions");
        new TreeMap<>(instance.sessions()).forEach((name, parts) -> ranges(sessions.putArray(name), parts));
        root.put("tables", instance.tables());
        root.put("fairness", instance.fairness());
        root.put("oneMeetingPerCompany", instance.oneMeetingPerCompany());
        ArrayNode participants = root.putArray("participants");
        for (Participant p : instance.participants()) {
            ObjectNode node = participants.addObject();
            node.put("id", p.id());
            ArrayNode unavailable = node.putArray("unavailable");
            p.unavailable().stream().sorted().forEach(unavailable::add);
            node.put("maxMeetings", p.maxMeetings());
            node.put("company", p.company());
            node.put("table", p.table());
            if (p.maxMeetingsPerBlock() != null) {
                node.put("maxMeetingsPerBlock", p.maxMeetingsPerBlock());
            }
        }
        ArrayNode meetings = root.putArray("meetings");
        for (Meeting m : instance.meetings()) {
            ObjectNode node = meetings.addObject();
            node.put("id", m.id());
            node.put("a", m.a());
            node.put("b", m.b());
            node.put("weight", m.weight());
            node.put("session", m.session());
            node.put("fixedSlot", m.fixedSlot());
            ArrayNode after = node.putArray("after");
            m.after().forEach(after::add);
        }
        return JsonLayout.write(root);
    }

    private static void ranges(ArrayNode array, List<SlotRange> ranges) {
        for (SlotRange range : ranges) {
            array.addArray().add(range.first()).add(range.last());
        }
    }
}
