package eu.clusterbridge.scheduler.model;

/** Whether every requested meeting must be held ({@code ALL}) or the scheduler chooses which ({@code SELECT}). */
public enum Mode {
    ALL,
    SELECT;

    public String json() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
