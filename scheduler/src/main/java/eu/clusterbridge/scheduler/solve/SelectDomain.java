package eu.clusterbridge.scheduler.solve;

import eu.clusterbridge.scheduler.model.Instance;
import eu.clusterbridge.scheduler.model.Meeting;
import eu.clusterbridge.scheduler.model.Participant;
import eu.clusterbridge.scheduler.model.SlotRange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * A select-mode instance in index form, worked out once for the heuristics, the bounds and the CP-SAT
 * model: participants and meetings by index, each meeting's allowed slots (both available, inside its
 * session, its fixed slot if any), which meetings need an unowned table, and per-company groups.
 */
final class SelectDomain {

    final Instance instance;
    final int slots;
    final int participantCount;
    final int[] first;
    final int[] second;
    final int[] weight;
    /** Allowed slots of each meeting, increasing. */
    final int[][] allowedSlots;
    /** Meeting indices of each participant, in instance order. */
    final int[][] meetingsOf;
    /** Indices of the meetings that must be held in an earlier slot than each meeting. */
    final int[][] before;
    /** Indices of the meetings that must be held in a later slot than each meeting. */
    private final int[][] later;
    /** Whether a meeting needs one of the tables nobody owns (neither participant hosts). */
    final boolean[] unhosted;
    /** The single owned table a hosted meeting must use, or 0 when it is unhosted or has two host tables. */
    final int[] onlyTable;
    final int unownedTables;
    /** Company index of each participant, -1 when none. */
    final int[] company;
    /** Maximum number of meetings of each participant: its cap, at most its number of available slots. */
    final int[] capacity;
    /** Block index of each slot (1-based slots; slots outside every block share the extra last index). */
    final int[] blockOf;
    final int blockCount;
    /** Maximum number of meetings of each participant in any one block, Integer.MAX_VALUE when uncapped. */
    final int[] blockCap;
    final Map<String, Integer> meetingIndex = new HashMap<>();

    SelectDomain(Instance instance) {
        this.instance = instance;
        this.slots = instance.slots();
        this.participantCount = instance.participants().size();
        Map<String, Integer> participantIndex = new HashMap<>();
        Map<String, Integer> companyIndex = new HashMap<>();
        company = new int[participantCount];
        capacity = new int[participantCount];
        blockCount = instance.blocks().size() + 1;
        blockOf = new int[slots + 1];
        for (int s = 1; s <= slots; s++) {
            int b = instance.blockOf(s);
            blockOf[s] = b < 0 ? blockCount - 1 : b;
        }
        blockCap = new int[participantCount];
        for (Participant p : instance.participants()) {
            int i = participantIndex.size();
            participantIndex.put(p.id(), i);
            company[i] = p.company() == null ? -1 : companyIndex.computeIfAbsent(p.company(), c -> companyIndex.size());
            int available = (int) IntStream.rangeClosed(1, slots).filter(p::isAvailable).count();
            blockCap[i] = p.maxMeetingsPerBlock() == null ? Integer.MAX_VALUE : p.maxMeetingsPerBlock();
            capacity[i] = Math.min(p.maxMeetings() == null ? available : p.maxMeetings(), perBlockCapacity(p, blockCap[i]));
        }
        List<Meeting> meetings = instance.meetings();
        int n = meetings.size();
        for (int m = 0; m < n; m++) {
            meetingIndex.put(meetings.get(m).id(), m);
        }
        first = new int[n];
        second = new int[n];
        weight = new int[n];
        allowedSlots = new int[n][];
        before = new int[n][];
        unhosted = new boolean[n];
        onlyTable = new int[n];
        unownedTables = TableAssigner.unownedTables(instance).length;
        List<List<Integer>> byParticipant = new ArrayList<>();
        for (int p = 0; p < participantCount; p++) {
            byParticipant.add(new ArrayList<>());
        }
        for (int m = 0; m < n; m++) {
            Meeting meeting = meetings.get(m);
            first[m] = indexOf(participantIndex, meeting.a(), meeting);
            second[m] = indexOf(participantIndex, meeting.b(), meeting);
            weight[m] = meeting.weight();
            byParticipant.get(first[m]).add(m);
            byParticipant.get(second[m]).add(m);
            allowedSlots[m] = allowedSlots(m, meeting);
            before[m] = meeting.after().stream().mapToInt(id -> indexOf(meetingIndex, id, meeting)).toArray();
            Integer ta = participant(first[m]).table();
            Integer tb = participant(second[m]).table();
            unhosted[m] = ta == null && tb == null;
            onlyTable[m] = unhosted[m] ? 0 : ta == null ? tb : tb == null || ta.equals(tb) ? ta : 0;
        }
        List<List<Integer>> successors = new ArrayList<>();
        for (int m = 0; m < n; m++) {
            successors.add(new ArrayList<>());
        }
        for (int m = 0; m < n; m++) {
            for (int earlier : before[m]) {
                successors.get(earlier).add(m);
            }
        }
        later = successors.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
        meetingsOf = byParticipant.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
    }

    int[] after(int m) {
        return later[m];
    }

    int meetingCount() {
        return first.length;
    }

    Participant participant(int p) {
        return instance.participants().get(p);
    }

    Meeting meeting(int m) {
        return instance.meetings().get(m);
    }

    int other(int m, int p) {
        return first[m] == p ? second[m] : first[m];
    }

    /** Whether the meeting counts against p's one-meeting-per-company rule (the other is of another company). */
    int companyConflictKey(int m, int p) {
        int c = company[other(m, p)];
        return c >= 0 && c != company[p] ? c : -1;
    }

    long totalWeight() {
        long total = 0;
        for (int w : weight) {
            total += Math.max(0, w);
        }
        return total;
    }

    /** Most meetings p can hold given the per-block cap: in each block, its cap or its available slots there. */
    private int perBlockCapacity(Participant p, int cap) {
        int[] available = new int[blockCount];
        for (int s = 1; s <= slots; s++) {
            if (p.isAvailable(s)) {
                available[blockOf[s]]++;
            }
        }
        int total = 0;
        for (int a : available) {
            total += Math.min(a, cap);
        }
        return total;
    }

    private int[] allowedSlots(int m, Meeting meeting) {
        Participant a = participant(first[m]);
        Participant b = participant(second[m]);
        List<SlotRange> session = meeting.session() == null ? null : instance.sessions().get(meeting.session());
        if (meeting.session() != null && session == null) {
            throw new IllegalArgumentException("meeting " + meeting.id() + ": unknown session " + meeting.session());
        }
        return IntStream.rangeClosed(1, slots)
                .filter(s -> a.isAvailable(s) && b.isAvailable(s))
                .filter(s -> session == null || session.stream().anyMatch(r -> r.contains(s)))
                .filter(s -> meeting.fixedSlot() == null || meeting.fixedSlot() == s)
                .filter(s -> first[m] != second[m])
                .toArray();
    }

    private static int indexOf(Map<String, Integer> index, String id, Meeting meeting) {
        Integer i = index.get(id);
        if (i == null) {
            throw new IllegalArgumentException("meeting " + meeting.id() + " refers to unknown " + id);
        }
        return i;
    }
}
