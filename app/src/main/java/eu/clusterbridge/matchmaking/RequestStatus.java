package eu.clusterbridge.matchmaking;

/** Where a meeting request stands; only {@code ACCEPTED} requests are scheduled. */
public enum RequestStatus {
    PENDING, ACCEPTED, DECLINED, CANCELLED, EXPIRED;

    public boolean isOpen() {
        return this == PENDING || this == ACCEPTED;
    }
}
