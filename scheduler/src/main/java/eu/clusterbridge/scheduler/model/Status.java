package eu.clusterbridge.scheduler.model;

/** What a solver proved about its schedule. */
public enum Status {
    /** Proved optimal. */
    OPTIMAL,
    /** Valid, but not proved optimal (time limit); see the bound for how far off it may be. */
    FEASIBLE,
    /** Proved that no valid schedule exists. */
    INFEASIBLE,
    /** Neither a schedule nor a proof of infeasibility within the time limit. */
    UNKNOWN
}
