package eu.clusterbridge.community;

/** What kind of calendar entry an event is. */
public enum EventKind {
    CONFERENCE, MATCHMAKING, PARTNERING_EVENT, MISSION, WORKSHOP, AWARD, CALL, OTHER
}
