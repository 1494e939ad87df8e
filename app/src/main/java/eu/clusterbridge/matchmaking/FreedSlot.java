package eu.clusterbridge.matchmaking;

/** A slot at a table left empty by a no-show's meeting, waiting for a walk-in meeting. */
public record FreedSlot(int slotNumber, int tableNumber, String tableName, long noShowId, long otherId) {
}
