package eu.clusterbridge.taxonomy;

/** Where a country stands towards the EU; decides e.g. whether NUTS regions exist for it. */
public enum CountryGroup {
    /** One of the 27 member states. */
    EU,
    /** Iceland, Liechtenstein, Norway, Switzerland. */
    EFTA,
    /** An EU candidate country that the NUTS 2021 statistical regions cover (AL, ME, MK, RS, TR). */
    CANDIDATE,
    OTHER
}
