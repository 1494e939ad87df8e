package eu.clusterbridge.scheduler.solve;

import eu.clusterbridge.scheduler.model.SlotRange;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Time-mirror symmetry: when every meeting's allowed slots, the blocks and the (absent) precedences look the same
 * with the slot order reversed (s becomes slots + 1 - s), reversing any schedule gives another valid schedule
 * with the same breaks for everybody. One of the two then holds a chosen meeting in the first half of the slots,
 * so the search may require that and explore half of the schedules. CP-SAT's own symmetry detection cannot see
 * this one: the break-counting Booleans are not symmetric under the reversal.
 */
final class MirrorSymmetry {

    private MirrorSymmetry() {
    }

    /** The meeting to keep in the first half, or -1 when the instance is not mirror-symmetric. */
    static int anchor(AllMeetingsDomain domain) {
        int slots = domain.slots;
        for (int m = 0; m < domain.meetingCount(); m++) {
            if (domain.before[m].length > 0) {
                return -1;
            }
            int[] mirrored = Arrays.stream(domain.allowedSlots[m]).map(s -> slots + 1 - s).sorted().toArray();
            if (!Arrays.equals(mirrored, domain.allowedSlots[m])) {
                return -1;
            }
        }
        List<SlotRange> blocks = domain.instance.blocks();
        for (SlotRange block : blocks) {
            if (!blocks.contains(new SlotRange(slots + 1 - block.last(), slots + 1 - block.first()))) {
                return -1;
            }
        }
        // Any meeting will do; the one with the most allowed slots constrains the most schedules.
        int best = -1;
        for (int m = 0; m < domain.meetingCount(); m++) {
            if (best < 0 || domain.allowedSlots[m].length > domain.allowedSlots[best].length) {
                best = m;
            }
        }
        return best;
    }

    /** The last slot the anchor may take: the middle of the slots. */
    static int lastAnchorSlot(AllMeetingsDomain domain) {
        return (domain.slots + 1) / 2;
    }

    /** The schedule as it must be hinted: reversed when its anchor lies in the second half. */
    static Map<String, Integer> oriented(AllMeetingsDomain domain, int anchor, Map<String, Integer> slotByMeetingId) {
        Integer at = slotByMeetingId.get(domain.instance.meetings().get(anchor).id());
        if (at == null || at <= lastAnchorSlot(domain)) {
            return slotByMeetingId;
        }
        Map<String, Integer> reversed = new HashMap<>();
        slotByMeetingId.forEach((id, s) -> reversed.put(id, domain.slots + 1 - s));
        return reversed;
    }
}
