package eu.clusterbridge.partnersearch;

/** The signals a recommendation's score is made of; {@link #id()} is the name the API and the pages use. */
public enum Signal {
    TEXT("text"),
    SECTOR("sector"),
    VALUE_CHAIN("valueChain"),
    TARGET_MARKETS("targetMarkets"),
    GEOGRAPHY("geography"),
    TRIPLE_HELIX("tripleHelix"),
    NETWORK("network");

    private final String id;

    Signal(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
