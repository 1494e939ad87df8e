package eu.clusterbridge.scheduler.solve;

import java.util.Map;

/** Gives CP-SAT a known schedule as a starting point (a hint: it may be changed or ignored). */
final class AllMeetingsHint {

    private AllMeetingsHint() {
    }

    /** Hints every meeting's slot Booleans and every participant's busy Booleans from {@code slotByMeetingId}. */
    static void hint(BreaksModel b, Map<String, Integer> slotByMeetingId) {
        if (slotByMeetingId == null) {
            return;
        }
        if (b.mirrorAnchor >= 0) {
            slotByMeetingId = MirrorSymmetry.oriented(b.domain, b.mirrorAnchor, slotByMeetingId);
        }
        boolean[][] busy = new boolean[b.domain.participantCount][b.domain.slots + 1];
        for (int m = 0; m < b.domain.meetingCount(); m++) {
            Integer slot = slotByMeetingId.get(b.domain.instance.meetings().get(m).id());
            for (int i = 0; i < b.held[m].length; i++) {
                boolean here = slot != null && b.domain.allowedSlots[m][i] == slot;
                b.model.addHint(b.held[m][i], here);
                if (here) {
                    busy[b.domain.first[m]][slot] = true;
                    busy[b.domain.second[m]][slot] = true;
                }
            }
        }
        for (BreaksCount count : b.counts) {
            if (count.window != null) {
                count.window.hint(b.model, busy[count.participant]);
            }
        }
        for (int p = 0; p < b.domain.participantCount; p++) {
            for (int s = 1; s <= b.domain.slots; s++) {
                if (b.busy[p][s] != null) {
                    b.model.addHint(b.busy[p][s], busy[p][s]);
                }
            }
        }
    }
}
