package eu.clusterbridge.partnerships;

/** The strand of an ESCP-4i partnership (first generation had a voluntary strand too). */
public enum Strand {
    STRAND_1("Strand 1"),
    STRAND_2("Strand 2"),
    VOLUNTARY("Voluntary");

    private final String label;

    Strand(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
