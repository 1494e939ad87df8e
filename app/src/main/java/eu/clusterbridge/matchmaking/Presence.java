package eu.clusterbridge.matchmaking;

/** Whether a participant came on the day: not yet known, checked in at the desk, or marked as not coming. */
public enum Presence {
    EXPECTED, CHECKED_IN, NO_SHOW
}
