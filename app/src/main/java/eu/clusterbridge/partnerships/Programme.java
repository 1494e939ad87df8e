package eu.clusterbridge.partnerships;

/** The EU programme or label a partnership belongs to. */
public enum Programme {
    /** European Strategic Cluster Partnership for going international, first generation (2016–17). */
    ESCP_4I_1("ESCP-4i (1st generation)"),
    /** ESCP for going international, second generation (2018–19). */
    ESCP_4I_2("ESCP-4i (2nd generation)"),
    /** ESCP for smart specialisation investments (from 2018). */
    ESCP_S3("ESCP-S3"),
    /** Horizon 2020 INNOSUP-1 cluster projects for new industrial value chains. */
    INNOSUP_1("INNOSUP-1"),
    OTHER("Other");

    private final String label;

    Programme(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
