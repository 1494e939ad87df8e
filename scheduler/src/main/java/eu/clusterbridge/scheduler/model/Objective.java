package eu.clusterbridge.scheduler.model;

/** The objective values of a schedule: number and total weight of scheduled meetings, total breaks. */
public record Objective(int meetings, long weight, int breaks) {
}
