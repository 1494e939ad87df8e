package eu.clusterbridge.partnersearch.requests;

/** OPEN takes interest and comments; CLOSED (by its people) and EXPIRED (past its deadline) no longer do. */
public enum RequestStatus {
    OPEN, CLOSED, EXPIRED
}
