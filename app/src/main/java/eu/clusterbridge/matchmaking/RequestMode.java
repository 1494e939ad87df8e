package eu.clusterbridge.matchmaking;

/** Whether a meeting request waits for the target's answer ({@code APPROVAL}) or is accepted at once. */
public enum RequestMode {
    APPROVAL, AUTOMATIC
}
