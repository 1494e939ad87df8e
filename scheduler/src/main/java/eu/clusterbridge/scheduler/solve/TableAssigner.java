package eu.clusterbridge.scheduler.solve;

import eu.clusterbridge.scheduler.model.Assignment;
import eu.clusterbridge.scheduler.model.Instance;
import eu.clusterbridge.scheduler.model.Meeting;
import eu.clusterbridge.scheduler.model.Participant;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Gives every meeting a table once the slots are fixed.
 * <p>
 * A meeting with a host (a participant who owns a table) is held at the host's table, at either host's
 * table when both own one; other meetings use the tables nobody owns. Within a block, a participant
 * stays at the table of their previous meeting where possible: per slot, a bipartite matching first
 * matches meetings to their preferred tables (the tables their participants last used that day), then
 * completes the matching over all allowed tables.
 */
public final class TableAssigner {

    private TableAssigner() {
    }

    /**
     * @param slotByMeetingId slot of every meeting to be tabled; meetings not in the map are not held
     * @return one assignment per meeting in the map, in slot order
     * @throws IllegalArgumentException if some slot has more meetings than its allowed tables can hold
     */
    public static List<Assignment> assign(Instance instance, Map<String, Integer> slotByMeetingId) {
        return assign(instance, slotByMeetingId, Map.of(), Map.of());
    }

    /**
     * As {@link #assign(Instance, Map)}, for re-scheduling.
     *
     * @param pinned    tables that meetings must keep (locked meetings)
     * @param preferred tables that meetings should keep if possible (meetings that kept their slot)
     * @throws IllegalArgumentException also if a pinned table is taken twice in a slot or not allowed
     */
    public static List<Assignment> assign(Instance instance, Map<String, Integer> slotByMeetingId,
                                          Map<String, Integer> pinned, Map<String, Integer> preferred) {
        Map<String, Participant> participants = new HashMap<>();
        instance.participants().forEach(p -> participants.put(p.id(), p));
        int[] unowned = unownedTables(instance);
        TreeMap<Integer, List<Meeting>> bySlot = new TreeMap<>();
        for (Meeting m : instance.meetings()) {
            Integer slot = slotByMeetingId.get(m.id());
            if (slot != null) {
                bySlot.computeIfAbsent(slot, s -> new ArrayList<>()).add(m);
            }
        }
        Map<String, Integer> lastTable = new HashMap<>();
        Map<String, Integer> lastBlock = new HashMap<>();
        List<Assignment> result = new ArrayList<>();
        for (Map.Entry<Integer, List<Meeting>> entry : bySlot.entrySet()) {
            int slot = entry.getKey();
            int block = instance.blockOf(slot);
            List<Meeting> meetings = entry.getValue();
            meetings.sort(Comparator.comparing(Meeting::id));
            int[][] allowed = new int[meetings.size()][];
            int[][] preferredTable = new int[meetings.size()][];
            for (int i = 0; i < meetings.size(); i++) {
                Meeting m = meetings.get(i);
                allowed[i] = allowedTables(m, participants, unowned, instance.tables());
                Integer keep = pinned.getOrDefault(m.id(), preferred.get(m.id()));
                preferredTable[i] = keep != null && contains(allowed[i], keep) ? new int[] {keep}
                        : preferredTables(m, allowed[i], block, lastTable, lastBlock);
                if (pinned.containsKey(m.id())) {
                    if (!contains(allowed[i], pinned.get(m.id()))) {
                        throw new IllegalArgumentException("meeting " + m.id() + " cannot keep table " + pinned.get(m.id()));
                    }
                    allowed[i] = new int[] {pinned.get(m.id())};
                }
            }
            int[] tableOf = new SlotMatching(instance.tables(), allowed, preferredTable).solve(slot, meetings);
            for (int i = 0; i < meetings.size(); i++) {
                Meeting m = meetings.get(i);
                result.add(new Assignment(m.id(), slot, tableOf[i]));
                for (String p : List.of(m.a(), m.b())) {
                    lastTable.put(p, tableOf[i]);
                    lastBlock.put(p, block);
                }
            }
        }
        return result;
    }

    /** Tables 1..tables that no participant owns, in increasing order. */
    static int[] unownedTables(Instance instance) {
        boolean[] owned = new boolean[instance.tables() + 1];
        for (Participant p : instance.participants()) {
            if (p.table() != null && p.table() >= 1 && p.table() <= instance.tables()) {
                owned[p.table()] = true;
            }
        }
        int[] free = new int[instance.tables()];
        int n = 0;
        for (int t = 1; t <= instance.tables(); t++) {
            if (!owned[t]) {
                free[n++] = t;
            }
        }
        return Arrays.copyOf(free, n);
    }

    private static int[] allowedTables(Meeting m, Map<String, Participant> participants, int[] unowned, int tables) {
        Set<Integer> hostTables = new LinkedHashSet<>();
        for (String id : List.of(m.a(), m.b())) {
            Participant p = participants.get(id);
            if (p != null && p.table() != null) {
                hostTables.add(p.table());
            }
        }
        hostTables.removeIf(t -> t < 1 || t > tables);
        boolean hosted = hostTables.size() > 0 || isHosted(m, participants);
        return !hosted ? unowned : hostTables.stream().mapToInt(Integer::intValue).toArray();
    }

    private static boolean isHosted(Meeting m, Map<String, Participant> participants) {
        Participant a = participants.get(m.a());
        Participant b = participants.get(m.b());
        return a != null && a.table() != null || b != null && b.table() != null;
    }

    private static int[] preferredTables(Meeting m, int[] allowed, int block, Map<String, Integer> lastTable,
                                         Map<String, Integer> lastBlock) {
        Set<Integer> wanted = new LinkedHashSet<>();
        for (String p : List.of(m.a(), m.b())) {
            Integer t = lastTable.get(p);
            if (t != null && lastBlock.get(p) == block && contains(allowed, t)) {
                wanted.add(t);
            }
        }
        return wanted.stream().mapToInt(Integer::intValue).toArray();
    }

    private static boolean contains(int[] sorted, int value) {
        if (sorted.length <= 2) {
            for (int v : sorted) {
                if (v == value) {
                    return true;
                }
            }
            return false;
        }
        return Arrays.binarySearch(sorted, value) >= 0;
    }

    /** Kuhn's augmenting-path matching of one slot's meetings to tables: preferred edges first, then all. */
    private static final class SlotMatching {
        private final int[][] allowed;
        private final int[][] preferred;
        private final int[] meetingAt;
        private final int[] tableOf;
        private final int[] visited;
        private int stamp;

        SlotMatching(int tables, int[][] allowed, int[][] preferred) {
            this.allowed = allowed;
            this.preferred = preferred;
            this.meetingAt = new int[tables + 1];
            Arrays.fill(meetingAt, -1);
            this.tableOf = new int[allowed.length];
            Arrays.fill(tableOf, -1);
            this.visited = new int[tables + 1];
        }

        int[] solve(int slot, List<Meeting> meetings) {
            for (int i = 0; i < allowed.length; i++) {
                stamp++;
                augment(i, preferred);
            }
            for (int i = 0; i < allowed.length; i++) {
                if (tableOf[i] < 0) {
                    stamp++;
                    if (!augment(i, allowed)) {
                        throw new IllegalArgumentException("slot " + slot + ": no table left for meeting "
                                + meetings.get(i).id() + " (" + meetings.size() + " meetings in the slot)");
                    }
                }
            }
            return tableOf;
        }

        private boolean augment(int meeting, int[][] edges) {
            for (int t : edges[meeting]) {
                if (meetingAt[t] < 0) {
                    take(meeting, t);
                    return true;
                }
            }
            for (int t : edges[meeting]) {
                if (visited[t] != stamp) {
                    visited[t] = stamp;
                    if (augment(meetingAt[t], edges)) {
                        take(meeting, t);
                        return true;
                    }
                }
            }
            return false;
        }

        private void take(int meeting, int table) {
            meetingAt[table] = meeting;
            tableOf[meeting] = table;
        }
    }
}
