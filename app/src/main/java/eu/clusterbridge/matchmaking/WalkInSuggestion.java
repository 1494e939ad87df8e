package eu.clusterbridge.matchmaking;

/**
 * A pair of checked-in participants, both free in a slot, suggested for a walk-in meeting at a free table.
 *
 * @param rank   1 = a pending or unscheduled request between them, 2 = their types may request each other both
 *               ways, 3 = they may meet (one way, or anyone may meet anyone)
 * @param weight the request weight (rank 1), else 0
 * @param reason why they are suggested, for the organiser
 */
public record WalkInSuggestion(long aId, String aName, long bId, String bName, int slotNumber, int tableNumber, int rank,
                               int weight, String reason) {
}
