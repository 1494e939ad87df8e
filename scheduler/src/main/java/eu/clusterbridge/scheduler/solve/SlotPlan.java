package eu.clusterbridge.scheduler.solve;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * A partial schedule under construction (slots only, tables come later), which knows whether one more
 * meeting fits in a slot without breaking any rule. Used by the greedy construction and by repairs.
 */
final class SlotPlan {

    private final SelectDomain domain;
    /** Slot of each meeting, 0 when not scheduled. */
    private final int[] slotOf;
    private final boolean[][] busy;
    /** meetingAt[p][s]: index + 1 of p's meeting in slot s, 0 when free. */
    private final int[][] meetingAt;
    private final int[] held;
    /** heldInBlock[p][b]: p's meetings in block b. */
    private final int[][] heldInBlock;
    private final int[] unhostedInSlot;
    private final Set<Long> ownedTableInUse = new HashSet<>();
    private final Set<Long> companyMet = new HashSet<>();

    SlotPlan(SelectDomain domain) {
        this.domain = domain;
        this.slotOf = new int[domain.meetingCount()];
        this.busy = new boolean[domain.participantCount][domain.slots + 1];
        this.meetingAt = new int[domain.participantCount][domain.slots + 1];
        this.held = new int[domain.participantCount];
        this.heldInBlock = new int[domain.participantCount][domain.blockCount];
        this.unhostedInSlot = new int[domain.slots + 1];
    }

    /** A plan holding the given schedule (slot per meeting, 0 = not held), taken as valid. */
    static SlotPlan of(SelectDomain domain, int[] slots) {
        SlotPlan plan = new SlotPlan(domain);
        for (int m = 0; m < slots.length; m++) {
            if (slots[m] > 0) {
                plan.place(m, slots[m]);
            }
        }
        return plan;
    }

    int slotOf(int m) {
        return slotOf[m];
    }

    int[] slots() {
        return slotOf.clone();
    }

    /** Whether meeting m can be added in slot s, given everything placed so far. */
    boolean fits(int m, int s) {
        int a = domain.first[m];
        int b = domain.second[m];
        return slotOf[m] == 0
                && Arrays.binarySearch(domain.allowedSlots[m], s) >= 0
                && !busy[a][s] && !busy[b][s]
                && held[a] < domain.capacity[a] && held[b] < domain.capacity[b]
                && !atBlockCap(a, s) && !atBlockCap(b, s)
                && tableFree(m, s)
                && companyFree(m, a) && companyFree(m, b)
                && predecessorsEarlier(m, s)
                && successorsLater(m, s)
                && staysFair(m, s);
    }

    /** Keeps every participant at most d breaks, so that any two differ by at most d. */
    private boolean staysFair(int m, int s) {
        Integer d = domain.instance.fairness();
        return d == null || breaksWith(domain.first[m], s) <= d && breaksWith(domain.second[m], s) <= d;
    }

    /** Participant p's breaks if they also met in slot {@code extra} (0 = no extra slot). */
    int breaksWith(int p, int extra) {
        int breaks = 0;
        for (var block : domain.instance.blocks()) {
            int runs = 0;
            for (int s = block.first(); s <= Math.min(block.last(), domain.slots); s++) {
                boolean now = busy[p][s] || s == extra;
                boolean before = s > block.first() && (busy[p][s - 1] || s - 1 == extra);
                if (now && !before) {
                    runs++;
                }
            }
            breaks += Math.max(0, runs - 1);
        }
        return breaks;
    }

    void place(int m, int s) {
        int a = domain.first[m];
        int b = domain.second[m];
        slotOf[m] = s;
        busy[a][s] = true;
        busy[b][s] = true;
        meetingAt[a][s] = m + 1;
        meetingAt[b][s] = m + 1;
        held[a]++;
        held[b]++;
        heldInBlock[a][domain.blockOf[s]]++;
        heldInBlock[b][domain.blockOf[s]]++;
        if (domain.unhosted[m]) {
            unhostedInSlot[s]++;
        } else if (domain.onlyTable[m] != 0) {
            ownedTableInUse.add(key(domain.onlyTable[m], s));
        }
        markCompany(m, a);
        markCompany(m, b);
    }

    /** Takes meeting m out of the plan again. */
    void remove(int m) {
        int s = slotOf[m];
        int a = domain.first[m];
        int b = domain.second[m];
        slotOf[m] = 0;
        busy[a][s] = false;
        busy[b][s] = false;
        meetingAt[a][s] = 0;
        meetingAt[b][s] = 0;
        held[a]--;
        held[b]--;
        heldInBlock[a][domain.blockOf[s]]--;
        heldInBlock[b][domain.blockOf[s]]--;
        if (domain.unhosted[m]) {
            unhostedInSlot[s]--;
        } else if (domain.onlyTable[m] != 0) {
            ownedTableInUse.remove(key(domain.onlyTable[m], s));
        }
        for (int p : new int[] {a, b}) {
            int c = domain.companyConflictKey(m, p);
            if (domain.instance.oneMeetingPerCompany() && c >= 0) {
                companyMet.remove(key(p, c));
            }
        }
    }

    /** p's meeting in slot s, or -1 when p is free then. */
    int meetingAt(int p, int s) {
        return meetingAt[p][s] - 1;
    }

    boolean atCapacity(int p) {
        return held[p] >= domain.capacity[p];
    }

    /** Whether p already holds their per-block cap of meetings in the block of slot s. */
    boolean atBlockCap(int p, int s) {
        return heldInBlock[p][domain.blockOf[s]] >= domain.blockCap[p];
    }

    /** Participant p's breaks now. */
    int breaksOf(int p) {
        return breaksWith(p, 0);
    }

    /** The earliest slot where m fits, or 0 when none. */
    int earliestFit(int m) {
        for (int s : domain.allowedSlots[m]) {
            if (fits(m, s)) {
                return s;
            }
        }
        return 0;
    }

    private boolean tableFree(int m, int s) {
        if (domain.unhosted[m]) {
            return unhostedInSlot[s] < domain.unownedTables;
        }
        return domain.onlyTable[m] == 0 || !ownedTableInUse.contains(key(domain.onlyTable[m], s));
    }

    private boolean companyFree(int m, int p) {
        int c = domain.companyConflictKey(m, p);
        return !domain.instance.oneMeetingPerCompany() || c < 0 || !companyMet.contains(key(p, c));
    }

    private void markCompany(int m, int p) {
        int c = domain.companyConflictKey(m, p);
        if (domain.instance.oneMeetingPerCompany() && c >= 0) {
            companyMet.add(key(p, c));
        }
    }

    private boolean predecessorsEarlier(int m, int s) {
        for (int earlier : domain.before[m]) {
            if (slotOf[earlier] == 0 || slotOf[earlier] >= s) {
                return false;
            }
        }
        return true;
    }

    private boolean successorsLater(int m, int s) {
        for (int later : domain.after(m)) {
            if (slotOf[later] != 0 && slotOf[later] <= s) {
                return false;
            }
        }
        return true;
    }

    private static long key(int x, int y) {
        return ((long) x << 32) | y;
    }
}
