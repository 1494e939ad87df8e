package eu.clusterbridge.matchmaking.internal;

/** A meeting a no-show's mark took off the board, as logged: where it was and who was to meet. */
public record FreedMeeting(long id, long slotId, int slotNumber, long tableId, int tableNumber, long aId, long bId) {
}
