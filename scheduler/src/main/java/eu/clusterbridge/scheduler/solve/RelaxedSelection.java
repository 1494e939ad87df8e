package eu.clusterbridge.scheduler.solve;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import eu.clusterbridge.scheduler.model.SlotRange;

import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The block relaxation, solved as an integer program by SCIP (bundled with OR-Tools). Meetings are put in
 * blocks (days) instead of slots: a participant holds at most as many meetings in a block as they have
 * available slots there, unhosted meetings in a block fit in unowned tables x block slots, caps and one
 * meeting per company hold. Every real schedule is a solution (put each meeting in its slot's block), so
 * the relaxation's optimum, and SCIP's proved dual bound on it, bound every schedule's weight. Its
 * optimal block assignment also guides the greedy construction. It ignores precedences and the
 * one-meeting-per-slot pattern, which is what makes it small: SCIP usually solves it in well under a second.
 */
final class RelaxedSelection {

    /** The proved bound (Long.MAX_VALUE if none), and the best block assignment found (-1 = not held). */
    record Result(long bound, long weight, int[] blockOf) {
    }

    private RelaxedSelection() {
    }

    static Result solve(SelectDomain domain, Duration limit) {
        LexicographicSearch.loadNatives();
        int n = domain.meetingCount();
        int[] none = new int[n];
        Arrays.fill(none, -1);
        MPSolver solver = MPSolver.createSolver("SCIP");
        if (solver == null) {
            return new Result(Long.MAX_VALUE, 0, none);
        }
        List<SlotRange> blocks = domain.instance.blocks();
        MPVariable[][] inBlock = new MPVariable[n][blocks.size()];
        MPObjective weight = solver.objective();
        MPConstraint[] unhostedIn = new MPConstraint[blocks.size()];
        for (int k = 0; k < blocks.size(); k++) {
            unhostedIn[k] = solver.makeConstraint(0, (double) domain.unownedTables * blocks.get(k).length());
        }
        for (int m = 0; m < n; m++) {
            MPConstraint once = solver.makeConstraint(0, 1);
            for (int k = 0; k < blocks.size(); k++) {
                SlotRange block = blocks.get(k);
                if (domain.weight[m] > 0 && Arrays.stream(domain.allowedSlots[m]).anyMatch(block::contains)) {
                    inBlock[m][k] = solver.makeBoolVar("");
                    once.setCoefficient(inBlock[m][k], 1);
                    weight.setCoefficient(inBlock[m][k], domain.weight[m]);
                    if (domain.unhosted[m]) {
                        unhostedIn[k].setCoefficient(inBlock[m][k], 1);
                    }
                }
            }
        }
        for (int p = 0; p < domain.participantCount; p++) {
            MPConstraint cap = solver.makeConstraint(0, domain.capacity[p]);
            for (int k = 0; k < blocks.size(); k++) {
                MPConstraint here = solver.makeConstraint(0,
                        Math.min(domain.blockCap[p], availableSlots(domain, p, blocks.get(k))));
                for (int m : domain.meetingsOf[p]) {
                    if (inBlock[m][k] != null) {
                        here.setCoefficient(inBlock[m][k], 1);
                        cap.setCoefficient(inBlock[m][k], 1);
                    }
                }
            }
            if (domain.instance.oneMeetingPerCompany()) {
                Map<Integer, MPConstraint> perCompany = new HashMap<>();
                for (int m : domain.meetingsOf[p]) {
                    int c = domain.companyConflictKey(m, p);
                    if (c >= 0) {
                        MPConstraint once = perCompany.computeIfAbsent(c, key -> solver.makeConstraint(0, 1));
                        for (MPVariable v : inBlock[m]) {
                            if (v != null) {
                                once.setCoefficient(v, 1);
                            }
                        }
                    }
                }
            }
        }
        weight.setMaximization();
        solver.setTimeLimit(Math.max(1000, limit.toMillis()));
        MPSolver.ResultStatus status = solver.solve();
        if (status != MPSolver.ResultStatus.OPTIMAL && status != MPSolver.ResultStatus.FEASIBLE) {
            return new Result(Long.MAX_VALUE, 0, none);
        }
        int[] blockOf = none.clone();
        for (int m = 0; m < n; m++) {
            for (int k = 0; k < blocks.size(); k++) {
                if (inBlock[m][k] != null && inBlock[m][k].solutionValue() > 0.5) {
                    blockOf[m] = k;
                }
            }
        }
        long bound = (long) Math.floor(Math.max(weight.bestBound(), weight.value()) + 1e-6);
        return new Result(bound, Math.round(weight.value()), blockOf);
    }

    private static int availableSlots(SelectDomain domain, int p, SlotRange block) {
        int count = 0;
        for (int s = block.first(); s <= Math.min(block.last(), domain.slots); s++) {
            if (domain.participant(p).isAvailable(s)) {
                count++;
            }
        }
        return count;
    }
}
