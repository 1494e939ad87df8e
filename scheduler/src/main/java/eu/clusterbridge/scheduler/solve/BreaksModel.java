package eu.clusterbridge.scheduler.solve;

import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import com.google.ortools.sat.Literal;
import eu.clusterbridge.scheduler.model.Participant;

import com.google.ortools.util.Domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The CP-SAT model of the all-meetings problem: one Boolean per meeting and allowed slot, one "busy"
 * Boolean per participant and slot, and one Boolean per possible break (see {@link BreaksCount}).
 * Each business rule is one method below.
 */
final class BreaksModel {

    final CpModel model = new CpModel();
    final AllMeetingsDomain domain;
    /** held[m][i]: meeting m is held in slot domain.allowedSlots[m][i]. */
    final BoolVar[][] held;
    /** busy[p][s]: participant p has a meeting in slot s; null where that is impossible. */
    final BoolVar[][] busy;
    final IntVar[] breaksOf;
    /** slot[m]: the slot of meeting m, equal to the one true held[m][i]. */
    final IntVar[] slot;
    final List<BreaksCount> counts = new ArrayList<>();
    private int maxBreaks;
    /** The meeting held in the first half of the slots to break the time-mirror symmetry, or -1. */
    int mirrorAnchor = -1;

    private BreaksModel(AllMeetingsDomain domain) {
        this.domain = domain;
        this.held = new BoolVar[domain.meetingCount()][];
        this.busy = new BoolVar[domain.participantCount][domain.slots + 1];
        this.breaksOf = new IntVar[domain.participantCount];
        this.slot = new IntVar[domain.meetingCount()];
    }

    /** The model of all schedules with at most {@code maxBreaks} breaks in total (no cap: Integer.MAX_VALUE). */
    static BreaksModel of(AllMeetingsDomain domain, int maxBreaks) {
        return of(domain, maxBreaks, true);
    }

    /** The same without the fairness rule: a relaxation, so a cap it cannot meet cannot be met with fairness either. */
    static BreaksModel withoutFairness(AllMeetingsDomain domain, int maxBreaks) {
        return of(domain, maxBreaks, false);
    }

    private static BreaksModel of(AllMeetingsDomain domain, int maxBreaks, boolean fair) {
        BreaksModel m = new BreaksModel(domain);
        m.maxBreaks = maxBreaks;
        m.holdEveryMeetingOnceInAnAllowedSlot();
        m.meetAtMostOncePerSlot();
        m.fitTheTables();
        m.fitTheUnownedTables();
        m.holdPrecedingMeetingsEarlier();
        m.respectMaxMeetings();
        m.meetOneParticipantPerCompany();
        m.countBreaksPerBlock();
        if (BreaksCount.IMPLIED.contains("slotcount")) {
            BreaksSearchAids.countBusyParticipantsPerSlot(m);
        }
        if (BreaksCount.IMPLIED.contains("mirror")) {
            m.breakMirrorSymmetry();
        }
        if (fair) {
            m.keepBreaksFair();
        }
        m.capBreaks();
        if (BreaksCount.IMPLIED.contains("strategy")) {
            BreaksSearchAids.scheduleEarliestFirst(m);
        }
        return m;
    }

    // Every meeting is held exactly once, in a slot allowed by availability, session and fixed slot.
    private void holdEveryMeetingOnceInAnAllowedSlot() {
        for (int m = 0; m < domain.meetingCount(); m++) {
            int[] slots = domain.allowedSlots[m];
            held[m] = new BoolVar[slots.length];
            for (int i = 0; i < slots.length; i++) {
                held[m][i] = model.newBoolVar("m" + m + "@" + slots[i]);
            }
            model.addExactlyOne(held[m]);
            slot[m] = model.newIntVarFromDomain(Domain.fromValues(Arrays.stream(slots).asLongStream().toArray()), "slot" + m);
            model.addEquality(slot[m], slotOf(m));
        }
    }

    // A participant has at most one meeting per slot; busy[p][s] says whether they have one.
    private void meetAtMostOncePerSlot() {
        for (int p = 0; p < domain.participantCount; p++) {
            Map<Integer, List<Literal>> inSlot = literalsBySlot(domain.meetingsOf.get(p));
            for (Map.Entry<Integer, List<Literal>> e : inSlot.entrySet()) {
                BoolVar b = model.newBoolVar("busy" + p + "@" + e.getKey());
                model.addEquality(LinearExpr.sum(e.getValue().toArray(new Literal[0])), b);
                busy[p][e.getKey()] = b;
            }
        }
    }

    // At most `tables` meetings are held in any slot.
    private void fitTheTables() {
        capSlots(allMeetings(), domain.instance.tables());
    }

    // Meetings without a host fit in the tables nobody owns; meetings bound to one shared owned table fit in it.
    private void fitTheUnownedTables() {
        Map<Integer, List<Integer>> byTable = new HashMap<>();
        List<Integer> unhosted = new ArrayList<>();
        for (int m = 0; m < domain.meetingCount(); m++) {
            Integer ta = domain.participant(domain.first[m]).table();
            Integer tb = domain.participant(domain.second[m]).table();
            if (ta == null && tb == null) {
                unhosted.add(m);
            } else if (ta == null || tb == null || ta.equals(tb)) {
                byTable.computeIfAbsent(ta != null ? ta : tb, t -> new ArrayList<>()).add(m);
            }
        }
        if (byTable.isEmpty() && domain.instance.participants().stream().noneMatch(Participant::hostsAtOwnTable)) {
            return;
        }
        capSlots(unhosted, TableAssigner.unownedTables(domain.instance).length);
        byTable.values().forEach(meetings -> capSlots(meetings, 1));
    }

    // A meeting listed in another's `after` is held in an earlier slot.
    private void holdPrecedingMeetingsEarlier() {
        for (int m = 0; m < domain.meetingCount(); m++) {
            for (int earlier : domain.before[m]) {
                model.addLessOrEqual(LinearExpr.affine(slotOf(earlier), 1, 1), slotOf(m));
            }
        }
    }

    // A participant holds at most maxMeetings meetings.
    private void respectMaxMeetings() {
        for (int p = 0; p < domain.participantCount; p++) {
            Integer max = domain.participant(p).maxMeetings();
            if (max != null && domain.meetingsOf.get(p).size() > max) {
                model.addBoolOr(new Literal[0]);
            }
        }
    }

    // With oneMeetingPerCompany, a participant meets at most one participant of any other company.
    private void meetOneParticipantPerCompany() {
        if (!domain.instance.oneMeetingPerCompany()) {
            return;
        }
        for (int p = 0; p < domain.participantCount; p++) {
            Map<String, Integer> perCompany = new HashMap<>();
            for (int m : domain.meetingsOf.get(p)) {
                int other = domain.first[m] == p ? domain.second[m] : domain.first[m];
                String company = domain.participant(other).company();
                if (company != null && !company.equals(domain.participant(p).company())
                        && perCompany.merge(company, 1, Integer::sum) > 1) {
                    model.addBoolOr(new Literal[0]);
                }
            }
        }
    }

    // A participant's breaks in a block are their runs of consecutive busy slots there, minus one.
    private void countBreaksPerBlock() {
        for (int p = 0; p < domain.participantCount; p++) {
            LinearExprBuilder breaks = LinearExpr.newBuilder();
            int upper = 0;
            for (var block : domain.instance.blocks()) {
                BreaksCount count = BreaksCount.of(model, domain, busy[p], p, block);
                if (count != null) {
                    counts.add(count);
                    count.addBreaksTo(breaks);
                    upper += count.maxBreaks();
                }
            }
            breaksOf[p] = model.newIntVar(0, upper, "breaks" + p);
            model.addEquality(breaksOf[p], breaks);
        }
    }

    // Implied: of a schedule and its time-mirror (when that is one too), keep the one with the anchor meeting early.
    private void breakMirrorSymmetry() {
        mirrorAnchor = MirrorSymmetry.anchor(domain);
        if (mirrorAnchor >= 0) {
            model.addLessOrEqual(slot[mirrorAnchor], MirrorSymmetry.lastAnchorSlot(domain));
        }
    }

    // Fairness d: the breaks of any two participants differ by at most d.
    private void keepBreaksFair() {
        Integer d = domain.instance.fairness();
        if (d == null || domain.participantCount == 0) {
            return;
        }
        IntVar fewest = model.newIntVar(0, domain.slots, "fewestBreaks");
        IntVar most = model.newIntVar(0, domain.slots, "mostBreaks");
        for (IntVar b : breaksOf) {
            model.addLessOrEqual(fewest, b);
            model.addLessOrEqual(b, most);
        }
        model.addLessOrEqual(LinearExpr.newBuilder().add(most).addTerm(fewest, -1), d);
    }

    // The total number of breaks stays within the cap (the search raises the cap from 0 until it is met).
    private void capBreaks() {
        if (maxBreaks < Integer.MAX_VALUE) {
            model.addLessOrEqual(totalBreaks(), maxBreaks);
            // Implied: each participant with a break in a block takes at least one of the cap.
            List<Literal> withBreak = new ArrayList<>();
            counts.stream().filter(c -> c.window != null).forEach(c -> withBreak.add(c.window.oneRun.not()));
            if (withBreak.size() > maxBreaks) {
                model.addLessOrEqual(LinearExpr.sum(withBreak.toArray(new Literal[0])), maxBreaks);
            }
        }
    }

    /** Every participant but {@code holder} gets no break at all. */
    void allowBreaksOnlyFor(int holder) {
        for (int p = 0; p < domain.participantCount; p++) {
            if (p != holder) {
                model.addEquality(breaksOf[p], 0);
            }
        }
    }

    /** No participant gets more than one break. */
    void allowAtMostOneBreakEach() {
        for (IntVar breaks : breaksOf) {
            model.addLessOrEqual(breaks, 1);
        }
    }

    /** The total number of breaks of all participants. */
    LinearExpr totalBreaks() {
        LinearExprBuilder total = LinearExpr.newBuilder();
        counts.forEach(c -> c.addBreaksTo(total));
        return total.build();
    }

    // Minimise the total number of breaks, which is known to be at least {@code lower}.
    void minimiseBreaksFrom(int lower) {
        model.addGreaterOrEqual(totalBreaks(), lower);
        model.minimize(totalBreaks());
    }

    /** The slot of every meeting (by id) in the solution {@code solver} found for this model. */
    Map<String, Integer> slotsIn(com.google.ortools.sat.CpSolver solver) {
        Map<String, Integer> slotByMeetingId = new HashMap<>();
        for (int m = 0; m < domain.meetingCount(); m++) {
            for (int i = 0; i < held[m].length; i++) {
                if (solver.booleanValue(held[m][i])) {
                    slotByMeetingId.put(domain.instance.meetings().get(m).id(), domain.allowedSlots[m][i]);
                }
            }
        }
        return slotByMeetingId;
    }

    LinearExpr slotOf(int m) {
        int[] slots = domain.allowedSlots[m];
        return LinearExpr.weightedSum(held[m], java.util.Arrays.stream(slots).asLongStream().toArray());
    }

    private void capSlots(List<Integer> meetings, int capacity) {
        for (List<Literal> literals : literalsBySlot(meetings).values()) {
            if (literals.size() > capacity) {
                model.addLessOrEqual(LinearExpr.sum(literals.toArray(new Literal[0])), capacity);
            }
        }
    }

    Map<Integer, List<Literal>> literalsBySlot(List<Integer> meetings) {
        Map<Integer, List<Literal>> bySlot = new java.util.TreeMap<>();
        for (int m : meetings) {
            for (int i = 0; i < held[m].length; i++) {
                bySlot.computeIfAbsent(domain.allowedSlots[m][i], s -> new ArrayList<>()).add(held[m][i]);
            }
        }
        return bySlot;
    }

    private List<Integer> allMeetings() {
        List<Integer> all = new ArrayList<>();
        for (int m = 0; m < domain.meetingCount(); m++) {
            all.add(m);
        }
        return all;
    }
}
