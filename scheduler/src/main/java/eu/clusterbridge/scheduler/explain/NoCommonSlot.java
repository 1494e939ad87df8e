package eu.clusterbridge.scheduler.explain;

import eu.clusterbridge.scheduler.model.Instance;
import eu.clusterbridge.scheduler.model.Meeting;
import eu.clusterbridge.scheduler.model.Participant;
import eu.clusterbridge.scheduler.model.SlotRange;

import java.util.ArrayList;
import java.util.List;

/**
 * Why no slot at all suits a meeting, whatever else is scheduled: names the one constraint (fixed slot,
 * session, someone's availability) the organiser would have to relax.
 */
final class NoCommonSlot {

    private final Instance instance;
    private final Participant a;
    private final Participant b;
    private final Meeting meeting;

    NoCommonSlot(Instance instance, Participant a, Participant b, Meeting meeting) {
        this.instance = instance;
        this.a = a;
        this.b = b;
        this.meeting = meeting;
    }

    String reason() {
        List<SlotRange> session = meeting.session() == null ? null : instance.sessions().get(meeting.session());
        Integer fixed = meeting.fixedSlot();
        if (fixed != null) {
            if (session != null && session.stream().noneMatch(r -> r.contains(fixed))) {
                return "its fixed slot " + fixed + " is outside session " + meeting.session();
            }
            Participant away = a.isAvailable(fixed) ? b : a;
            return away.id() + " is unavailable in its fixed slot " + fixed;
        }
        List<Integer> window = new ArrayList<>();
        for (int s = 1; s <= instance.slots(); s++) {
            int slot = s;
            if (session == null || session.stream().anyMatch(r -> r.contains(slot))) {
                window.add(s);
            }
        }
        String where = session == null ? "any slot" : "any slot of session " + meeting.session();
        for (Participant p : List.of(a, b)) {
            if (window.stream().noneMatch(p::isAvailable)) {
                return p.id() + " is unavailable in every slot" + (session == null ? "" : " of session " + meeting.session());
            }
        }
        return a.id() + " and " + b.id() + " are never available at the same time in " + where;
    }
}
