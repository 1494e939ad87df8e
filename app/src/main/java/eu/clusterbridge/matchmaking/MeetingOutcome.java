package eu.clusterbridge.matchmaking;

/** What one side says a meeting led to, from "it did not happen" to "we signed an agreement". */
public enum MeetingOutcome {
    DID_NOT_TAKE_PLACE("Did not take place"),
    INSUFFICIENT_INTEREST("Insufficient interest"),
    INFORMATIVE_NO_COOPERATION("Informative, no cooperation planned"),
    COOPERATION_POSSIBLE("Cooperation possible"),
    AGREEMENT_SIGNED("Agreement signed");

    private final String label;

    MeetingOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean tookPlace() {
        return this != DID_NOT_TAKE_PLACE;
    }
}
