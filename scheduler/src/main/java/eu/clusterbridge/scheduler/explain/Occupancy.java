package eu.clusterbridge.scheduler.explain;

import eu.clusterbridge.scheduler.check.Breaks;
import eu.clusterbridge.scheduler.model.Assignment;
import eu.clusterbridge.scheduler.model.Instance;
import eu.clusterbridge.scheduler.model.Meeting;
import eu.clusterbridge.scheduler.model.Participant;
import eu.clusterbridge.scheduler.model.Schedule;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Who is busy when and which tables are taken, as the schedule stands. */
final class Occupancy {

    final Instance instance;
    final Map<String, Meeting> meetings = new HashMap<>();
    final Map<String, Participant> participants = new HashMap<>();
    final Map<String, Integer> slotOf = new HashMap<>();
    private final Map<String, Map<Integer, String>> busy = new HashMap<>();
    private final Map<Integer, Set<Integer>> tablesTaken = new HashMap<>();
    private final Set<Integer> ownedTables = new HashSet<>();
    /** Breaks per participant as scheduled, and how many participants have each number of breaks. */
    final Map<String, Integer> breaks;
    final TreeMap<Integer, Integer> breakCounts = new TreeMap<>();

    Occupancy(Instance instance, Schedule schedule) {
        this.instance = instance;
        instance.meetings().forEach(m -> meetings.put(m.id(), m));
        for (Participant p : instance.participants()) {
            participants.put(p.id(), p);
            if (p.table() != null) {
                ownedTables.add(p.table());
            }
        }
        for (Assignment a : schedule.meetings()) {
            Meeting m = meetings.get(a.meetingId());
            if (m == null) {
                continue;
            }
            slotOf.put(m.id(), a.slot());
            busy.computeIfAbsent(m.a(), k -> new HashMap<>()).put(a.slot(), m.id());
            busy.computeIfAbsent(m.b(), k -> new HashMap<>()).put(a.slot(), m.id());
            tablesTaken.computeIfAbsent(a.slot(), k -> new HashSet<>()).add(a.table());
        }
        breaks = Breaks.perParticipant(instance, slotOf);
        breaks.values().forEach(b -> breakCounts.merge(b, 1, Integer::sum));
    }

    /** The meeting the participant already holds in the slot, or {@code null} when free. */
    String meetingOf(String participant, int slot) {
        return busy.getOrDefault(participant, Map.of()).get(slot);
    }

    List<String> scheduledMeetingsOf(String participant) {
        return new ArrayList<>(busy.getOrDefault(participant, Map.of()).values());
    }

    List<Integer> slotsOf(String participant) {
        return new ArrayList<>(busy.getOrDefault(participant, Map.of()).keySet());
    }

    /** The tables the meeting may use: its hosts' own tables, or else every table nobody owns. */
    List<Integer> eligibleTables(Meeting m) {
        List<Integer> tables = new ArrayList<>();
        for (String id : List.of(m.a(), m.b())) {
            Integer own = participants.get(id).table();
            if (own != null && !tables.contains(own)) {
                tables.add(own);
            }
        }
        if (tables.isEmpty()) {
            for (int t = 1; t <= instance.tables(); t++) {
                if (!ownedTables.contains(t)) {
                    tables.add(t);
                }
            }
        }
        return tables;
    }

    /** A table the meeting could use in the slot, or {@code null} when all are taken. */
    Integer freeTable(Meeting m, int slot) {
        Set<Integer> taken = tablesTaken.getOrDefault(slot, Set.of());
        return eligibleTables(m).stream().filter(t -> !taken.contains(t)).findFirst().orElse(null);
    }
}
