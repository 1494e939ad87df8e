package eu.clusterbridge.scheduler.solve;

import eu.clusterbridge.scheduler.model.Instance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Proved upper bounds on the total weight any select-mode schedule can reach. Each is the optimum of a
 * relaxation (a problem with fewer rules), so no schedule can beat it; the reported bound is the smallest.
 * <ul>
 *   <li>{@link #requested}: every meeting with an allowed slot is held.</li>
 *   <li>{@link #participantCaps}: each held meeting uses one of the meetings of both its participants;
 *       a participant holds at most min(cap, available slots) meetings, and under one-meeting-per-company
 *       at most one per other company. So twice the total weight is at most, summed over participants,
 *       the heaviest meetings they could hold.</li>
 *   <li>{@link #perSlot}: a slot holds a matching (no participant twice) of the meetings allowed in it,
 *       with the unhosted ones on unowned tables. Its weight is at most half the sum over participants of
 *       their heaviest meeting allowed in the slot (each meeting covers two participants) and at most the
 *       heaviest meetings that fit the tables. Summing over slots counts a meeting in every slot it could
 *       use, which is why it is combined with the others rather than used alone.</li>
 *   <li>{@link SlotMatchingBound}: the per-slot matching solved exactly (SCIP, under a time budget); see there.</li>
 *   <li>{@link RelaxedSelection}: the participant-cap relaxation solved exactly as a selection problem by
 *       CP-SAT (it sees odd cycles that halving does not); see there.</li>
 * </ul>
 */
public final class UpperBounds {

    private UpperBounds() {
    }

    /** The smallest of the combinatorial bounds (no solver involved, linear time). */
    public static long of(Instance instance) {
        return of(new SelectDomain(instance));
    }

    static long of(SelectDomain domain) {
        return Math.min(requested(domain), Math.min(participantCaps(domain), perSlot(domain)));
    }

    // Every schedulable meeting is held.
    static long requested(SelectDomain domain) {
        long total = 0;
        for (int m = 0; m < domain.meetingCount(); m++) {
            if (domain.allowedSlots[m].length > 0) {
                total += Math.max(0, domain.weight[m]);
            }
        }
        return total;
    }

    // Each participant holds at most its capacity of its heaviest meetings (one per other company if asked).
    static long participantCaps(SelectDomain domain) {
        long twice = 0;
        for (int p = 0; p < domain.participantCount; p++) {
            List<Integer> weights = new ArrayList<>();
            Set<Integer> companies = new HashSet<>();
            int[] mine = domain.meetingsOf[p].clone();
            Integer[] byWeight = Arrays.stream(mine).boxed().sorted((x, y) -> domain.weight[y] - domain.weight[x]).toArray(Integer[]::new);
            for (int m : byWeight) {
                int c = domain.companyConflictKey(m, p);
                boolean companyTaken = domain.instance.oneMeetingPerCompany() && c >= 0 && !companies.add(c);
                if (domain.allowedSlots[m].length > 0 && domain.weight[m] > 0 && !companyTaken) {
                    weights.add(domain.weight[m]);
                }
            }
            for (int i = 0; i < Math.min(domain.capacity[p], weights.size()); i++) {
                twice += weights.get(i);
            }
        }
        return twice / 2;
    }

    // Each slot holds a matching that fits the tables; summed over slots.
    static long perSlot(SelectDomain domain) {
        List<List<Integer>> bySlot = new ArrayList<>();
        for (int s = 0; s <= domain.slots; s++) {
            bySlot.add(new ArrayList<>());
        }
        for (int m = 0; m < domain.meetingCount(); m++) {
            if (domain.weight[m] > 0) {
                for (int s : domain.allowedSlots[m]) {
                    bySlot.get(s).add(m);
                }
            }
        }
        int hostTables = hostTableCount(domain);
        long total = 0;
        long[] heaviest = new long[domain.participantCount];
        for (int s = 1; s <= domain.slots; s++) {
            List<Integer> meetings = bySlot.get(s);
            Arrays.fill(heaviest, 0);
            List<Integer> unhosted = new ArrayList<>();
            List<Integer> hosted = new ArrayList<>();
            for (int m : meetings) {
                heaviest[domain.first[m]] = Math.max(heaviest[domain.first[m]], domain.weight[m]);
                heaviest[domain.second[m]] = Math.max(heaviest[domain.second[m]], domain.weight[m]);
                (domain.unhosted[m] ? unhosted : hosted).add(domain.weight[m]);
            }
            long vertexBound = Arrays.stream(heaviest).sum() / 2;
            long tableBound = heaviestSum(unhosted, domain.unownedTables) + heaviestSum(hosted, hostTables);
            total += Math.min(vertexBound, tableBound);
        }
        return total;
    }

    private static long heaviestSum(List<Integer> weights, int count) {
        return weights.stream().sorted((x, y) -> y - x).limit(Math.max(0, count)).mapToLong(Integer::longValue).sum();
    }

    private static int hostTableCount(SelectDomain domain) {
        Set<Integer> tables = new HashSet<>();
        for (int p = 0; p < domain.participantCount; p++) {
            Integer t = domain.participant(p).table();
            if (t != null) {
                tables.add(t);
            }
        }
        return tables.size();
    }
}
