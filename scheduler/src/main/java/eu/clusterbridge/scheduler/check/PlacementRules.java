package eu.clusterbridge.scheduler.check;

import eu.clusterbridge.scheduler.model.Assignment;
import eu.clusterbridge.scheduler.model.Meeting;
import eu.clusterbridge.scheduler.model.Participant;
import eu.clusterbridge.scheduler.model.SlotRange;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The rules about where and when one meeting may be held, each checked on its own. */
final class PlacementRules {

    private final Placed placed;
    private final List<String> violations;
    private final Map<Integer, String> ownerOfTable = new TreeMap<>();

    PlacementRules(Placed placed, List<String> violations) {
        this.placed = placed;
        this.violations = violations;
        for (Participant p : placed.instance().participants()) {
            if (p.table() != null) {
                ownerOfTable.putIfAbsent(p.table(), p.id());
            }
        }
    }

    void check() {
        for (Assignment a : placed.byMeeting().values()) {
            Meeting m = placed.meeting(a);
            atTheRightTable(a, m);
            participantsAvailable(a, m);
            inItsSession(a, m);
            atItsFixedSlot(a, m);
            afterItsPredecessors(a, m);
        }
    }

    // A meeting with a host is held at the host's table (either host's when both own one); others at unowned tables.
    private void atTheRightTable(Assignment a, Meeting m) {
        Integer tableA = placed.participants().get(m.a()).table();
        Integer tableB = placed.participants().get(m.b()).table();
        if (tableA == null && tableB == null) {
            String owner = ownerOfTable.get(a.table());
            if (owner != null) {
                violations.add("meeting " + m.id() + " is at table " + a.table() + ", which " + owner
                        + " owns, but neither " + m.a() + " nor " + m.b() + " hosts there");
            }
        } else if (!Integer.valueOf(a.table()).equals(tableA) && !Integer.valueOf(a.table()).equals(tableB)) {
            String host = tableA != null ? m.a() + "'s table " + tableA : m.b() + "'s table " + tableB;
            if (tableA != null && tableB != null) {
                host = m.a() + "'s table " + tableA + " or " + m.b() + "'s table " + tableB;
            }
            violations.add("meeting " + m.id() + " is at table " + a.table() + " but must be at " + host);
        }
    }

    // A participant has no meeting in a slot they are unavailable in.
    private void participantsAvailable(Assignment a, Meeting m) {
        for (String id : List.of(m.a(), m.b())) {
            if (!placed.participants().get(id).isAvailable(a.slot())) {
                violations.add(id + " is unavailable in slot " + a.slot() + " but has meeting " + m.id() + " there");
            }
        }
    }

    // A meeting with a session is held in one of the session's slot ranges.
    private void inItsSession(Assignment a, Meeting m) {
        if (m.session() == null) {
            return;
        }
        List<SlotRange> ranges = placed.instance().sessions().get(m.session());
        if (ranges == null) {
            violations.add("meeting " + m.id() + " asks for session " + m.session() + ", which the instance does not define");
        } else if (ranges.stream().noneMatch(r -> r.contains(a.slot()))) {
            violations.add("meeting " + m.id() + " is in slot " + a.slot() + ", outside its session " + m.session());
        }
    }

    // A fixed meeting, if held, is held in its fixed slot.
    private void atItsFixedSlot(Assignment a, Meeting m) {
        if (m.fixedSlot() != null && m.fixedSlot() != a.slot()) {
            violations.add("meeting " + m.id() + " is in slot " + a.slot() + " but is fixed to slot " + m.fixedSlot());
        }
    }

    // A held meeting's predecessors are held, in earlier slots. An unheld predecessor cannot be "earlier",
    // so in select mode the successor may then not be held either (a follow-up needs its first meeting).
    private void afterItsPredecessors(Assignment a, Meeting m) {
        for (String before : m.after()) {
            Assignment earlier = placed.byMeeting().get(before);
            if (earlier == null) {
                violations.add("meeting " + m.id() + " must come after " + before + ", which is not scheduled");
            } else if (earlier.slot() >= a.slot()) {
                violations.add("meeting " + m.id() + " (slot " + a.slot() + ") must come after " + before
                        + " (slot " + earlier.slot() + ")");
            }
        }
    }
}
