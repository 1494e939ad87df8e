package eu.clusterbridge.scheduler.solve;

import java.util.Arrays;

/**
 * Whether a participant's k meetings can fill the k slots of a window, each meeting in one of its allowed slots
 * (a perfect bipartite matching, found by augmenting paths). A one-run window that fails this is impossible:
 * e.g. five morning meetings and one afternoon meeting leave one window, the one across the lunch break.
 */
final class WindowMatching {

    private WindowMatching() {
    }

    /** True when the meetings (by their allowed slots) can be held in the slots first..first+k-1, one per slot. */
    static boolean fits(int[][] meetingSlots, int first, int k) {
        if (meetingSlots.length != k) {
            return false;
        }
        int[] meetingInSlot = new int[k];
        Arrays.fill(meetingInSlot, -1);
        for (int m = 0; m < k; m++) {
            if (!augment(meetingSlots, first, m, meetingInSlot, new boolean[k])) {
                return false;
            }
        }
        return true;
    }

    private static boolean augment(int[][] meetingSlots, int first, int m, int[] meetingInSlot, boolean[] seen) {
        for (int slot : meetingSlots[m]) {
            int i = slot - first;
            if (i < 0 || i >= seen.length || seen[i]) {
                continue;
            }
            seen[i] = true;
            if (meetingInSlot[i] < 0 || augment(meetingSlots, first, meetingInSlot[i], meetingInSlot, seen)) {
                meetingInSlot[i] = m;
                return true;
            }
        }
        return false;
    }
}
