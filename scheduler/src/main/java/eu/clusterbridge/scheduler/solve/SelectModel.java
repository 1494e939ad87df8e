package eu.clusterbridge.scheduler.solve;

import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import com.google.ortools.sat.Literal;
import eu.clusterbridge.scheduler.model.SlotRange;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntPredicate;

/**
 * The CP-SAT model of select mode: one Boolean per meeting and candidate slot ("held there"). Each
 * business rule is one method below. Breaks are added on demand ({@link #countBreaks}), because the
 * weight phase does not need them unless fairness is asked for.
 * <pre>
 * | Name                                     | Hard/Soft | Rule                                                        |
 * |------------------------------------------|-----------|-------------------------------------------------------------|
 * | holdEachMeetingAtMostOnceInAnAllowedSlot | hard      | at most once; both available, in its session, fixed slot    |
 * | keepLockedMeetings                       | hard      | a locked meeting is held in its slot (re-scheduling)        |
 * | meetAtMostOncePerSlot                    | hard      | one meeting per participant per slot                        |
 * | fitTheUnownedTables                      | hard      | unhosted meetings per slot <= tables nobody owns            |
 * | fitSharedOwnedTables                     | hard      | a table owned by several hosts holds one meeting per slot   |
 * | respectMaxMeetings                       | hard      | a participant's meetings <= maxMeetings                     |
 * | respectMaxMeetingsPerBlock                | hard      | a participant's meetings in each block <= maxMeetingsPerBlock |
 * | meetOneParticipantPerCompany             | hard      | at most one meeting with each other company (if asked)      |
 * | holdPrecedingMeetingsEarlier             | hard      | a follow-up is held only after all its predecessors         |
 * | keepBreaksFair                           | hard      | breaks of two participants differ by <= fairness            |
 * | weight (LexicographicSearch, first)      | objective | maximise total weight of held meetings                      |
 * | moved (re-scheduling, second)            | objective | minimise previously held meetings that change slot          |
 * | totalBreaks (last)                       | objective | minimise breaks (runs of meetings in a block, minus one)    |
 * </pre>
 * Tables themselves are given afterwards by {@link TableAssigner}: with these counts per slot a valid
 * table assignment always exists (hosted meetings at a host's table, the rest on unowned tables).
 */
final class SelectModel {

    final CpModel model = new CpModel();
    final SelectDomain domain;
    /** Candidate slots of each meeting (its allowed slots, or its locked slot). */
    final int[][] slotsOf;
    /** x[m][i]: meeting m is held in slot slotsOf[m][i]. */
    final BoolVar[][] x;
    private final boolean[] mustHold;
    private BreakCounting breaks;

    private SelectModel(SelectDomain domain, int[][] candidates, boolean[] mustHold) {
        this.domain = domain;
        this.mustHold = mustHold;
        this.slotsOf = candidates;
        this.x = new BoolVar[domain.meetingCount()][];
    }

    /** The whole problem: every meeting may be held in any of its allowed slots. */
    static SelectModel of(SelectDomain domain) {
        return of(domain, domain.allowedSlots, new boolean[domain.meetingCount()]);
    }

    /**
     * A restricted problem, for locked meetings and decompositions.
     *
     * @param candidates the slots each meeting may use (a subset of its allowed slots, or its locked slot)
     * @param mustHold   meetings that must be held (locked ones)
     */
    static SelectModel of(SelectDomain domain, int[][] candidates, boolean[] mustHold) {
        LexicographicSearch.loadNatives();
        SelectModel m = new SelectModel(domain, candidates, mustHold);
        m.holdEachMeetingAtMostOnceInAnAllowedSlot();
        m.keepLockedMeetings();
        m.meetAtMostOncePerSlot();
        m.fitTheUnownedTables();
        m.fitSharedOwnedTables();
        m.respectMaxMeetings();
        m.respectMaxMeetingsPerBlock();
        m.meetOneParticipantPerCompany();
        m.holdPrecedingMeetingsEarlier();
        if (domain.instance.fairness() != null) {
            m.countBreaks(true);
            m.keepBreaksFair();
        }
        return m;
    }

    // A meeting is held at most once, in a slot allowed by availability, session and fixed slot.
    private void holdEachMeetingAtMostOnceInAnAllowedSlot() {
        for (int m = 0; m < domain.meetingCount(); m++) {
            x[m] = new BoolVar[slotsOf[m].length];
            for (int i = 0; i < x[m].length; i++) {
                x[m][i] = model.newBoolVar("");
            }
            if (x[m].length > 1) {
                model.addAtMostOne(x[m]);
            }
        }
    }

    // A locked meeting is held (in its one candidate slot).
    private void keepLockedMeetings() {
        for (int m = 0; m < domain.meetingCount(); m++) {
            if (mustHold[m]) {
                model.addExactlyOne(x[m]);
            }
        }
    }

    // A participant has at most one meeting per slot.
    private void meetAtMostOncePerSlot() {
        for (int p = 0; p < domain.participantCount; p++) {
            for (List<Literal> inSlot : literalsBySlot(domain.meetingsOf[p], m -> true).values()) {
                if (inSlot.size() > 1) {
                    model.addAtMostOne(inSlot);
                }
            }
        }
    }

    // Meetings without a host fit on the tables nobody owns.
    private void fitTheUnownedTables() {
        int[] all = java.util.stream.IntStream.range(0, domain.meetingCount()).toArray();
        for (List<Literal> inSlot : literalsBySlot(all, m -> domain.unhosted[m]).values()) {
            if (inSlot.size() > domain.unownedTables) {
                model.addLessOrEqual(LinearExpr.sum(inSlot.toArray(new Literal[0])), domain.unownedTables);
            }
        }
    }

    // A table owned by several participants holds one of their meetings per slot.
    private void fitSharedOwnedTables() {
        Map<Integer, List<Integer>> byTable = new HashMap<>();
        for (int m = 0; m < domain.meetingCount(); m++) {
            if (domain.onlyTable[m] != 0) {
                byTable.computeIfAbsent(domain.onlyTable[m], t -> new ArrayList<>()).add(m);
            }
        }
        for (List<Integer> meetings : byTable.values()) {
            long owners = meetings.stream().flatMap(m -> java.util.stream.Stream.of(domain.first[m], domain.second[m]))
                    .filter(p -> Integer.valueOf(domain.onlyTable[meetings.get(0)]).equals(domain.participant(p).table()))
                    .distinct().count();
            if (owners > 1) {
                int[] ms = meetings.stream().mapToInt(Integer::intValue).toArray();
                literalsBySlot(ms, m -> true).values().forEach(l -> model.addAtMostOne(l));
            }
        }
    }

    // A participant holds at most maxMeetings meetings.
    private void respectMaxMeetings() {
        for (int p = 0; p < domain.participantCount; p++) {
            Integer max = domain.participant(p).maxMeetings();
            if (max != null && domain.meetingsOf[p].length > max) {
                model.addLessOrEqual(held(domain.meetingsOf[p]), max);
            }
        }
    }

    // A participant holds at most maxMeetingsPerBlock meetings in each block.
    private void respectMaxMeetingsPerBlock() {
        for (int p = 0; p < domain.participantCount; p++) {
            if (domain.blockCap[p] == Integer.MAX_VALUE) {
                continue;
            }
            Map<Integer, List<Literal>> byBlock = new TreeMap<>();
            literalsBySlot(domain.meetingsOf[p], m -> true)
                    .forEach((s, literals) -> byBlock.computeIfAbsent(domain.blockOf[s], b -> new ArrayList<>()).addAll(literals));
            for (List<Literal> inBlock : byBlock.values()) {
                if (inBlock.size() > domain.blockCap[p]) {
                    model.addLessOrEqual(LinearExpr.sum(inBlock.toArray(new Literal[0])), domain.blockCap[p]);
                }
            }
        }
    }

    // With oneMeetingPerCompany, a participant meets at most one participant of any other company.
    private void meetOneParticipantPerCompany() {
        if (!domain.instance.oneMeetingPerCompany()) {
            return;
        }
        for (int p = 0; p < domain.participantCount; p++) {
            Map<Integer, List<Integer>> byCompany = new TreeMap<>();
            for (int m : domain.meetingsOf[p]) {
                int c = domain.companyConflictKey(m, p);
                if (c >= 0) {
                    byCompany.computeIfAbsent(c, k -> new ArrayList<>()).add(m);
                }
            }
            for (List<Integer> meetings : byCompany.values()) {
                if (meetings.size() > 1) {
                    model.addLessOrEqual(held(meetings.stream().mapToInt(Integer::intValue).toArray()), 1);
                }
            }
        }
    }

    // A meeting with predecessors is held only if each of them is held in an earlier slot.
    private void holdPrecedingMeetingsEarlier() {
        for (int m = 0; m < domain.meetingCount(); m++) {
            for (int earlier : domain.before[m]) {
                for (int i = 0; i < x[m].length; i++) {
                    LinearExprBuilder sooner = LinearExpr.newBuilder();
                    for (int j = 0; j < x[earlier].length; j++) {
                        if (slotsOf[earlier][j] < slotsOf[m][i]) {
                            sooner.add(x[earlier][j]);
                        }
                    }
                    model.addLessOrEqual(x[m][i], sooner);
                }
            }
        }
    }

    // A participant's breaks in a block are their runs of meetings there, minus one.
    void countBreaks(boolean exact) {
        if (breaks == null) {
            breaks = new BreakCounting(this, exact);
        }
    }

    // Fairness d: the breaks of any two participants differ by at most d.
    private void keepBreaksFair() {
        IntVar fewest = model.newIntVar(0, domain.slots, "fewestBreaks");
        IntVar most = model.newIntVar(0, domain.slots, "mostBreaks");
        for (int p = 0; p < domain.participantCount; p++) {
            LinearExpr b = breaks.of(p);
            model.addLessOrEqual(fewest, b);
            model.addLessOrEqual(b, most);
        }
        model.addLessOrEqual(LinearExpr.newBuilder().add(most).addTerm(fewest, -1), domain.instance.fairness());
    }

    LinearExpr weight() {
        LinearExprBuilder total = LinearExpr.newBuilder();
        for (int m = 0; m < domain.meetingCount(); m++) {
            for (BoolVar v : x[m]) {
                total.addTerm(v, domain.weight[m]);
            }
        }
        return total.build();
    }

    LinearExpr totalBreaks() {
        countBreaks(false);
        return breaks.total();
    }

    /** Number of meetings not in their previous slot, over the meetings that were scheduled before. */
    LinearExpr moved(int[] previousSlot) {
        LinearExprBuilder moved = LinearExpr.newBuilder();
        for (int m = 0; m < domain.meetingCount(); m++) {
            if (previousSlot[m] > 0) {
                moved.add(1);
                int i = Arrays.binarySearch(slotsOf[m], previousSlot[m]);
                if (i >= 0) {
                    moved.addTerm(x[m][i], -1);
                }
            }
        }
        return moved.build();
    }

    LinearExpr held(int[] meetings) {
        LinearExprBuilder sum = LinearExpr.newBuilder();
        for (int m : meetings) {
            sum.addSum(x[m]);
        }
        return sum.build();
    }

    /** Suggests a schedule (slot per meeting, 0 = not held) as the solver's starting point. */
    void hint(int[] slotOf) {
        model.clearHints();
        for (int m = 0; m < domain.meetingCount(); m++) {
            for (int i = 0; i < x[m].length; i++) {
                model.addHint(x[m][i], slotsOf[m][i] == slotOf[m]);
            }
        }
        if (breaks != null) {
            breaks.hint(slotOf);
        }
    }

    Map<Integer, List<Literal>> literalsBySlot(int[] meetings, IntPredicate include) {
        Map<Integer, List<Literal>> bySlot = new TreeMap<>();
        for (int m : meetings) {
            if (include.test(m)) {
                for (int i = 0; i < x[m].length; i++) {
                    bySlot.computeIfAbsent(slotsOf[m][i], s -> new ArrayList<>()).add(x[m][i]);
                }
            }
        }
        return bySlot;
    }

    List<SlotRange> blocks() {
        return domain.instance.blocks();
    }
}
