package eu.clusterbridge.scheduler.check;

import eu.clusterbridge.scheduler.model.Assignment;
import eu.clusterbridge.scheduler.model.Instance;
import eu.clusterbridge.scheduler.model.Meeting;
import eu.clusterbridge.scheduler.model.Participant;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The schedule's meetings that name a known meeting, once, in a slot and table that exist; the rule checks
 * run on these so that one bad line is reported once rather than again by every later rule.
 */
record Placed(Instance instance, Map<String, Meeting> meetings, Map<String, Participant> participants,
              Map<String, Assignment> byMeeting) {

    static Placed from(Instance instance, List<Assignment> assignments, List<String> violations) {
        Map<String, Meeting> meetings = instance.meetings().stream()
                .collect(Collectors.toMap(Meeting::id, Function.identity(), (x, y) -> x, LinkedHashMap::new));
        Map<String, Participant> participants = instance.participants().stream()
                .collect(Collectors.toMap(Participant::id, Function.identity(), (x, y) -> x, LinkedHashMap::new));
        Map<String, Assignment> byMeeting = new LinkedHashMap<>();
        for (Assignment a : assignments) {
            if (!meetings.containsKey(a.meetingId())) {
                violations.add("meeting " + a.meetingId() + " is not in the instance");
            } else if (byMeeting.containsKey(a.meetingId())) {
                violations.add("meeting " + a.meetingId() + " is scheduled more than once");
            } else if (a.slot() < 1 || a.slot() > instance.slots()) {
                violations.add("meeting " + a.meetingId() + " is in slot " + a.slot() + ", outside 1.." + instance.slots());
            } else if (a.table() < 1 || a.table() > instance.tables()) {
                violations.add("meeting " + a.meetingId() + " is at table " + a.table() + ", outside 1.." + instance.tables());
            } else {
                byMeeting.put(a.meetingId(), a);
            }
        }
        return new Placed(instance, meetings, participants, byMeeting);
    }

    Meeting meeting(Assignment a) {
        return meetings.get(a.meetingId());
    }

    Map<String, Integer> slotByMeeting() {
        Map<String, Integer> slots = new HashMap<>();
        byMeeting.forEach((id, a) -> slots.put(id, a.slot()));
        return slots;
    }

    /** The placed meetings of each participant, in instance order. */
    Map<String, List<Assignment>> byParticipant() {
        Map<String, List<Assignment>> result = new LinkedHashMap<>();
        for (Assignment a : byMeeting.values()) {
            Meeting m = meeting(a);
            result.computeIfAbsent(m.a(), k -> new ArrayList<>()).add(a);
            result.computeIfAbsent(m.b(), k -> new ArrayList<>()).add(a);
        }
        return result;
    }
}
