package eu.clusterbridge.scheduler.explain;

import eu.clusterbridge.scheduler.check.Breaks;
import eu.clusterbridge.scheduler.model.Meeting;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * The meeting could be held in principle, so the reason lies in what else is scheduled: the participants'
 * other meetings, the tables, or (if it would fit) the breaks and fairness it would cost.
 */
final class SlotContention {

    private final Occupancy o;
    private final Meeting m;
    private final List<Integer> possible;

    SlotContention(Occupancy o, Meeting m, List<Integer> possible) {
        this.o = o;
        this.m = m;
        this.possible = possible;
    }

    String reason() {
        List<Integer> bothFree = possible.stream()
                .filter(s -> o.meetingOf(m.a(), s) == null && o.meetingOf(m.b(), s) == null).toList();
        if (bothFree.isEmpty()) {
            return busyEverywhere();
        }
        List<Integer> withTable = bothFree.stream().filter(s -> o.freeTable(m, s) != null).toList();
        if (withTable.isEmpty()) {
            String prefix = m.a() + " and " + m.b() + " are both free " + (bothFree.size() < possible.size() ? "only " : "")
                    + "in " + UnscheduledExplainer.slots(bothFree) + "; ";
            return prefix + tablesDescription() + " taken "
                    + UnscheduledExplainer.inThem(bothFree.size());
        }
        return fitsButCosts(withTable);
    }

    private String busyEverywhere() {
        if (m.fixedSlot() != null) {
            int s = m.fixedSlot();
            String holder = o.meetingOf(m.a(), s) != null ? m.a() : m.b();
            return "the fixed slot " + s + " is taken by " + holder + "'s meeting " + o.meetingOf(holder, s);
        }
        long aBusy = possible.stream().filter(s -> o.meetingOf(m.a(), s) != null).count();
        long bBusy = possible.stream().filter(s -> o.meetingOf(m.b(), s) != null).count();
        for (String id : List.of(m.a(), m.b())) {
            if ((id.equals(m.a()) ? aBusy : bBusy) == possible.size()) {
                return id + " already has a meeting in every slot they could meet " + m.other(id) + " in ("
                        + possible.size() + (possible.size() == 1 ? " slot)" : " slots)");
            }
        }
        if (possible.size() <= 3) {
            List<String> parts = new ArrayList<>();
            for (int s : possible) {
                String holder = o.meetingOf(m.a(), s) != null ? m.a() : m.b();
                parts.add("slot " + s + " by " + holder + "'s " + o.meetingOf(holder, s));
            }
            return m.a() + " and " + m.b() + " can only meet in " + UnscheduledExplainer.slots(possible)
                    + ", all taken: " + String.join(", ", parts);
        }
        return "of the " + possible.size() + " slots " + m.a() + " and " + m.b() + " could meet in, " + m.a()
                + " already has a meeting in " + aBusy + " and " + m.b() + " in " + bBusy + ", leaving none free for both";
    }

    private String tablesDescription() {
        List<Integer> tables = o.eligibleTables(m);
        Integer ownA = o.participants.get(m.a()).table();
        Integer ownB = o.participants.get(m.b()).table();
        if (ownA == null && ownB == null) {
            return "all shared tables are";
        }
        if (tables.size() == 1) {
            return (ownA != null ? m.a() + "'s table " + ownA : m.b() + "'s table " + ownB) + " is";
        }
        return m.a() + "'s table " + ownA + " and " + m.b() + "'s table " + ownB + " are";
    }

    /**
     * The meeting fits somewhere: say where it would cost the fewest breaks while keeping fairness. Only the
     * two participants' breaks change, so they are recounted alone (a full recount per slot would be too slow
     * for events with tens of thousands of meetings).
     */
    private String fitsButCosts(List<Integer> withTable) {
        Integer d = o.instance.fairness();
        String cheapest = null;
        int fewest = Integer.MAX_VALUE;
        for (int s : withTable) {
            int newA = breaksWith(m.a(), s);
            int newB = breaksWith(m.b(), s);
            TreeMap<Integer, Integer> counts = new TreeMap<>(o.breakCounts);
            move(counts, o.breaks.get(m.a()), newA);
            move(counts, o.breaks.get(m.b()), newB);
            int added = newA - o.breaks.get(m.a()) + newB - o.breaks.get(m.b());
            if ((d == null || counts.lastKey() - counts.firstKey() <= d) && added < fewest) {
                fewest = added;
                cheapest = "slot " + s + " at table " + o.freeTable(m, s);
            }
        }
        if (cheapest == null) {
            return "it fits in " + UnscheduledExplainer.slots(withTable) + ", but each would make the breaks unfair"
                    + " (more than " + d + " apart between participants)";
        }
        return "it fits in " + cheapest + (fewest > 0 ? " at the cost of " + fewest + " more break" + (fewest == 1 ? "" : "s") : "")
                + "; nothing forbids it, the solver left it out (try a longer time limit)";
    }

    private int breaksWith(String participant, int slot) {
        List<Integer> slots = new ArrayList<>(o.slotsOf(participant));
        slots.add(slot);
        return Breaks.count(o.instance, slots);
    }

    private static void move(TreeMap<Integer, Integer> counts, int from, int to) {
        if (counts.merge(from, -1, Integer::sum) == 0) {
            counts.remove(from);
        }
        counts.merge(to, 1, Integer::sum);
    }
}
