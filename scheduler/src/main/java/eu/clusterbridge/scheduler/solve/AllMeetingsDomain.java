package eu.clusterbridge.scheduler.solve;

import eu.clusterbridge.scheduler.model.Instance;
import eu.clusterbridge.scheduler.model.Meeting;
import eu.clusterbridge.scheduler.model.Participant;
import eu.clusterbridge.scheduler.model.SlotRange;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The instance in index form, with each meeting's allowed slots worked out once: the slots where both
 * participants are available, inside the meeting's session, and equal to its fixed slot if it has one.
 */
final class AllMeetingsDomain {

    final Instance instance;
    final int slots;
    final int participantCount;
    final int[] first;
    final int[] second;
    /** Allowed slots of each meeting, increasing. */
    final int[][] allowedSlots;
    /** Meeting indices of each participant. */
    final List<List<Integer>> meetingsOf = new ArrayList<>();
    /** For each meeting, the indices of the meetings that must be held before it. */
    final int[][] before;

    AllMeetingsDomain(Instance instance) {
        this.instance = instance;
        this.slots = instance.slots();
        this.participantCount = instance.participants().size();
        Map<String, Integer> participantIndex = new HashMap<>();
        for (Participant p : instance.participants()) {
            participantIndex.put(p.id(), participantIndex.size());
            meetingsOf.add(new ArrayList<>());
        }
        Map<String, Integer> meetingIndex = new HashMap<>();
        List<Meeting> meetings = instance.meetings();
        for (int m = 0; m < meetings.size(); m++) {
            meetingIndex.put(meetings.get(m).id(), m);
        }
        first = new int[meetings.size()];
        second = new int[meetings.size()];
        allowedSlots = new int[meetings.size()][];
        before = new int[meetings.size()][];
        for (int m = 0; m < meetings.size(); m++) {
            Meeting meeting = meetings.get(m);
            first[m] = indexOf(participantIndex, meeting.a(), meeting);
            second[m] = indexOf(participantIndex, meeting.b(), meeting);
            meetingsOf.get(first[m]).add(m);
            meetingsOf.get(second[m]).add(m);
            allowedSlots[m] = allowedSlots(m, meeting);
            before[m] = meeting.after().stream().mapToInt(id -> indexOf(meetingIndex, id, meeting)).toArray();
        }
    }

    int meetingCount() {
        return first.length;
    }

    /** True when availability, session and fixed slot leave some meeting no slot at all. */
    boolean someMeetingHasNoSlot() {
        return Arrays.stream(allowedSlots).anyMatch(slots -> slots.length == 0);
    }

    Participant participant(int p) {
        return instance.participants().get(p);
    }

    private int[] allowedSlots(int m, Meeting meeting) {
        Participant a = instance.participants().get(first[m]);
        Participant b = instance.participants().get(second[m]);
        List<SlotRange> session = sessionOf(meeting);
        return java.util.stream.IntStream.rangeClosed(1, slots)
                .filter(s -> a.isAvailable(s) && b.isAvailable(s))
                .filter(s -> session == null || session.stream().anyMatch(r -> r.contains(s)))
                .filter(s -> meeting.fixedSlot() == null || meeting.fixedSlot() == s)
                .toArray();
    }

    private List<SlotRange> sessionOf(Meeting meeting) {
        if (meeting.session() == null) {
            return null;
        }
        List<SlotRange> ranges = instance.sessions().get(meeting.session());
        if (ranges == null) {
            throw new IllegalArgumentException("meeting " + meeting.id() + ": unknown session " + meeting.session());
        }
        return ranges;
    }

    private static int indexOf(Map<String, Integer> index, String id, Meeting meeting) {
        Integer i = index.get(id);
        if (i == null) {
            throw new IllegalArgumentException("meeting " + meeting.id() + " refers to unknown " + id);
        }
        return i;
    }
}
