package eu.clusterbridge.partnersearch.requests;

/** Whether a request looks for partners or offers a capability; a seeker and an offerer on the same topic match. */
public enum RequestKind {
    SEEKING("Looking for"),
    OFFERING("Offering");

    private final String label;

    RequestKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public RequestKind complement() {
        return this == SEEKING ? OFFERING : SEEKING;
    }
}
