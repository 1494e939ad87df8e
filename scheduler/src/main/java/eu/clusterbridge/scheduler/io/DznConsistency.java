package eu.clusterbridge.scheduler.io;

import eu.clusterbridge.scheduler.model.Meeting;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The published files state each participant's meetings twice: in {@code requested} and again in
 * {@code meetingsxBusiness} (shifted by +1, so 1 means "none") with counts in {@code nMeetingsBusiness}.
 * The reader trusts {@code requested}; a disagreement means a damaged or hand-edited file, so it is reported.
 */
final class DznConsistency {

    private final DznItems items;
    private final int participants;
    private final List<Meeting> meetings;

    DznConsistency(DznItems items, int participants, List<Meeting> meetings) {
        this.items = items;
        this.participants = participants;
        this.meetings = meetings;
    }

    void check() {
        List<List<Integer>> lists = items.has("meetingsxBusiness") ? items.sets("meetingsxBusiness", participants) : null;
        List<Integer> counts = items.has("nMeetingsBusiness") ? items.integers("nMeetingsBusiness", participants) : null;
        for (int p = 1; p <= participants; p++) {
            Set<Integer> expected = meetingsOf("p" + p);
            if (lists != null) {
                Set<Integer> listed = new TreeSet<>();
                for (int shifted : lists.get(p - 1)) {
                    if (shifted != 1) {
                        listed.add(shifted - 1);
                    }
                }
                if (!listed.equals(expected)) {
                    throw items.error("meetingsxBusiness", "participant " + p + " lists meetings " + listed
                            + " (after the -1 shift) but requested gives " + expected);
                }
            }
            if (counts != null && counts.get(p - 1) != expected.size()) {
                throw items.error("nMeetingsBusiness", "participant " + p + " has " + counts.get(p - 1)
                        + " meetings but requested gives " + expected.size());
            }
        }
    }

    private Set<Integer> meetingsOf(String participant) {
        Set<Integer> numbers = new TreeSet<>();
        for (int i = 0; i < meetings.size(); i++) {
            if (meetings.get(i).involves(participant)) {
                numbers.add(i + 1);
            }
        }
        return numbers;
    }
}
