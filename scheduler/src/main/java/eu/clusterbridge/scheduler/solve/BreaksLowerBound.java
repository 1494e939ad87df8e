package eu.clusterbridge.scheduler.solve;

import com.google.ortools.sat.BoolVar;
import eu.clusterbridge.scheduler.model.SlotRange;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Lower bounds on breaks that follow from where a participant can meet at all. */
final class BreaksLowerBound {

    private BreaksLowerBound() {
    }

    /**
     * The fewest runs in which k meetings fit in the stretches of consecutive possible slots of a block
     * (possible where {@code busy[s]} is not null); k + 1 when they cannot fit at all.
     */
    static int fewestRuns(BoolVar[] busy, SlotRange block, int k) {
        List<Integer> stretches = new ArrayList<>();
        int length = 0;
        for (int s = block.first(); s <= block.last() + 1; s++) {
            if (s <= block.last() && busy[s] != null) {
                length++;
            } else if (length > 0) {
                stretches.add(length);
                length = 0;
            }
        }
        stretches.sort(Comparator.reverseOrder());
        int covered = 0;
        for (int r = 0; r < stretches.size(); r++) {
            if (covered >= k) {
                return r;
            }
            covered += stretches.get(r);
        }
        return covered >= k ? stretches.size() : k + 1;
    }

    /** Participants grouped by the connected components of the meeting graph (groups of two or more). */
    static List<List<Integer>> linkedGroups(AllMeetingsDomain domain) {
        int[] root = new int[domain.participantCount];
        for (int p = 0; p < root.length; p++) {
            root[p] = p;
        }
        for (int m = 0; m < domain.meetingCount(); m++) {
            root[find(root, domain.first[m])] = find(root, domain.second[m]);
        }
        java.util.Map<Integer, List<Integer>> groups = new java.util.TreeMap<>();
        for (int p = 0; p < root.length; p++) {
            groups.computeIfAbsent(find(root, p), r -> new ArrayList<>()).add(p);
        }
        return groups.values().stream().filter(g -> g.size() > 1).toList();
    }

    private static int find(int[] root, int p) {
        while (root[p] != p) {
            root[p] = root[root[p]];
            p = root[p];
        }
        return p;
    }
}
