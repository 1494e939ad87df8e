package eu.clusterbridge.matchmaking.internal;

import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import eu.clusterbridge.matchmaking.EventSetup.SessionSpec;

/**
 * Derives the time slots from the sessions: from each session's start, a slot of {@code slotMinutes}, then a
 * pause of {@code pauseMinutes}, as long as a whole slot still ends by the session's end. Slots are numbered
 * 1..n in time order over the whole event, which is how the scheduler numbers them.
 */
public final class SlotPlanner {

    /** A derived slot of session number {@code session} (0-based in the given order). */
    public record PlannedSlot(int session, int number, OffsetDateTime startsAt, OffsetDateTime endsAt) {
    }

    private SlotPlanner() {
    }

    public static List<PlannedSlot> plan(List<SessionSpec> sessions, int slotMinutes, int pauseMinutes, ZoneId zone) {
        List<PlannedSlot> unnumbered = new ArrayList<>();
        for (int s = 0; s < sessions.size(); s++) {
            SessionSpec session = sessions.get(s);
            for (LocalTime start : slotStarts(session, slotMinutes, pauseMinutes)) {
                OffsetDateTime from = session.day().atTime(start).atZone(zone).toOffsetDateTime();
                unnumbered.add(new PlannedSlot(s, 0, from, from.plusMinutes(slotMinutes)));
            }
        }
        unnumbered.sort(Comparator.comparing(PlannedSlot::startsAt));
        List<PlannedSlot> numbered = new ArrayList<>();
        for (PlannedSlot slot : unnumbered) {
            numbered.add(new PlannedSlot(slot.session(), numbered.size() + 1, slot.startsAt(), slot.endsAt()));
        }
        return numbered;
    }

    /** The start times of one session's slots (none if not even one slot fits). */
    public static List<LocalTime> slotStarts(SessionSpec session, int slotMinutes, int pauseMinutes) {
        List<LocalTime> starts = new ArrayList<>();
        int from = session.starts().toSecondOfDay() / 60;
        int end = session.ends().toSecondOfDay() / 60;
        for (int t = from; t + slotMinutes <= end; t += slotMinutes + pauseMinutes) {
            starts.add(LocalTime.ofSecondOfDay(t * 60L));
        }
        return starts;
    }
}
