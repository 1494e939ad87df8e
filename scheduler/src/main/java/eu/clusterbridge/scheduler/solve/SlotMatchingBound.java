package eu.clusterbridge.scheduler.solve;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The per-slot maximum-matching bound, solved exactly: for each slot, the heaviest set of meetings allowed
 * in that slot in which no participant appears twice, at most {@code unownedTables} meetings have no host,
 * and at most one meeting whose only possible table is an owned table t uses t; summed over slots.
 * <p>
 * <b>Why it is valid.</b> In any schedule, the meetings held in slot s are allowed in s, meet each
 * participant at most once, put the unhosted ones on distinct unowned tables and the single-table hosted
 * ones on their host's table: so they form a feasible set of the slot-s problem and weigh at most its
 * optimum. Every held meeting is in exactly one slot, so the schedule's weight is at most the sum of the
 * slot optima. (Caps, one-meeting-per-company and precedences are dropped; caps and company rules cannot
 * bind within one slot anyway, as a participant holds at most one meeting there.) Each slot's problem is a
 * small integer program solved by SCIP; when a slot's solve stops early its proved dual bound is used,
 * which is still at least the slot optimum. This is the exact version of {@link UpperBounds#perSlot}.
 * <p>
 * <b>Fallback.</b> The sum is valid only over all slots, so when the time budget runs out before every
 * slot has a proved bound (or SCIP is unavailable) the result is {@link Long#MAX_VALUE} (no bound) and the
 * other bounds apply alone. Slots with the same allowed meetings share one solve.
 * <p>
 * <b>Skip.</b> A greedy matching per slot (heaviest first, same rules) is a feasible set, so the greedy sum
 * is at most the exact sum. When it already reaches the best other bound, the exact sum cannot lower the
 * minimum and no solver is run (on realistic events, where the per-slot sum counts each meeting in many
 * slots, this is the usual case).
 */
final class SlotMatchingBound {

    /** The bound ({@link Long#MAX_VALUE} when not computed) and whether every slot was finished in time. */
    record Result(long bound, boolean complete) {
        static final Result NONE = new Result(Long.MAX_VALUE, false);
    }

    private SlotMatchingBound() {
    }

    /**
     * The bound if it can go below {@code otherBound} and every slot is solved (or bounded) before
     * {@code deadline} (System.nanoTime()), else none.
     */
    static Result compute(SelectDomain domain, long otherBound, long deadline) {
        List<List<Integer>> bySlot = meetingsBySlot(domain);
        if (greedySum(domain, bySlot) >= otherBound) {
            return Result.NONE;
        }
        return exact(domain, bySlot, deadline);
    }

    /** The bound if every slot is solved (or bounded) before {@code deadline} (System.nanoTime()), else none. */
    static Result compute(SelectDomain domain, long deadline) {
        return exact(domain, meetingsBySlot(domain), deadline);
    }

    // All slots solved by SCIP, slots with the same meetings once; none when the budget runs out.
    private static Result exact(SelectDomain domain, List<List<Integer>> bySlot, long deadline) {
        LexicographicSearch.loadNatives();
        Map<List<Integer>, Long> solved = new HashMap<>();
        long total = 0;
        for (List<Integer> meetings : bySlot) {
            Long slotBound = solved.get(meetings);
            if (slotBound == null) {
                long remainingMillis = (deadline - System.nanoTime()) / 1_000_000;
                if (remainingMillis <= 0) {
                    return Result.NONE;
                }
                slotBound = slotOptimum(domain, meetings, remainingMillis);
                if (slotBound == Long.MAX_VALUE) {
                    return Result.NONE;
                }
                solved.put(meetings, slotBound);
            }
            total += slotBound;
        }
        return new Result(total, true);
    }

    // The meetings of positive weight allowed in each slot 1..slots (index 0 is slot 1).
    static List<List<Integer>> meetingsBySlot(SelectDomain domain) {
        List<List<Integer>> bySlot = new ArrayList<>();
        for (int s = 1; s <= domain.slots; s++) {
            bySlot.add(new ArrayList<>());
        }
        for (int m = 0; m < domain.meetingCount(); m++) {
            if (domain.weight[m] > 0) {
                for (int s : domain.allowedSlots[m]) {
                    bySlot.get(s - 1).add(m);
                }
            }
        }
        return bySlot;
    }

    // A lower bound on the sum of slot optima: per slot, heaviest meetings first while they fit.
    static long greedySum(SelectDomain domain, List<List<Integer>> bySlot) {
        long total = 0;
        boolean[] busy = new boolean[domain.participantCount];
        Set<Integer> tablesUsed = new HashSet<>();
        for (List<Integer> meetings : bySlot) {
            Arrays.fill(busy, false);
            tablesUsed.clear();
            int unownedLeft = domain.unownedTables;
            List<Integer> heaviestFirst = new ArrayList<>(meetings);
            heaviestFirst.sort((x, y) -> domain.weight[y] - domain.weight[x]);
            for (int m : heaviestFirst) {
                int a = domain.first[m];
                int b = domain.second[m];
                boolean fits = domain.unhosted[m] ? unownedLeft > 0 : domain.onlyTable[m] == 0 || !tablesUsed.contains(domain.onlyTable[m]);
                if (busy[a] || busy[b] || !fits) {
                    continue;
                }
                busy[a] = true;
                busy[b] = true;
                if (domain.unhosted[m]) {
                    unownedLeft--;
                } else if (domain.onlyTable[m] > 0) {
                    tablesUsed.add(domain.onlyTable[m]);
                }
                total += domain.weight[m];
            }
        }
        return total;
    }

    // A proved upper bound on the heaviest matching of these meetings that fits the tables; MAX_VALUE if none.
    static long slotOptimum(SelectDomain domain, List<Integer> meetings, long limitMillis) {
        if (meetings.isEmpty()) {
            return 0;
        }
        MPSolver solver = MPSolver.createSolver("SCIP");
        if (solver == null) {
            return Long.MAX_VALUE;
        }
        try {
            MPObjective weight = solver.objective();
            MPConstraint[] once = new MPConstraint[domain.participantCount];
            MPConstraint unowned = solver.makeConstraint(0, domain.unownedTables);
            Map<Integer, MPConstraint> ownedTable = new HashMap<>();
            for (int m : meetings) {
                MPVariable held = solver.makeBoolVar("");
                weight.setCoefficient(held, domain.weight[m]);
                for (int p : new int[] {domain.first[m], domain.second[m]}) {
                    if (once[p] == null) {
                        once[p] = solver.makeConstraint(0, 1);
                    }
                    once[p].setCoefficient(held, 1);
                }
                if (domain.unhosted[m]) {
                    unowned.setCoefficient(held, 1);
                } else if (domain.onlyTable[m] > 0) {
                    ownedTable.computeIfAbsent(domain.onlyTable[m], t -> solver.makeConstraint(0, 1)).setCoefficient(held, 1);
                }
            }
            weight.setMaximization();
            solver.setTimeLimit(Math.max(1, limitMillis));
            MPSolver.ResultStatus status = solver.solve();
            if (status != MPSolver.ResultStatus.OPTIMAL && status != MPSolver.ResultStatus.FEASIBLE) {
                return Long.MAX_VALUE;
            }
            // Weights are integers, so the optimum is at most the floor of the dual bound.
            return (long) Math.floor(Math.max(weight.bestBound(), weight.value()) + 1e-6);
        } finally {
            solver.delete();
        }
    }
}
