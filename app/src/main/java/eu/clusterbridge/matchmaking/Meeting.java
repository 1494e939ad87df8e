package eu.clusterbridge.matchmaking;

/**
 * A meeting on the schedule board: participants {@code aId < bId} in a slot at a table.
 *
 * @param weight   what holding it is worth to the scheduler (see {@code internal.MeetingWeights})
 * @param locked   the organiser fixed it: re-scheduling keeps its slot and table
 * @param placedBy {@code SCHEDULER} or {@code ORGANISER}
 */
public record Meeting(long id, long eventId, long aId, long bId, long slotId, int slotNumber, long tableId, int tableNumber,
                      int weight, boolean locked, String placedBy) {

    public boolean involves(long participantId) {
        return aId == participantId || bId == participantId;
    }

    public long other(long participantId) {
        return aId == participantId ? bId : aId;
    }
}
