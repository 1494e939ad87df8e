package eu.clusterbridge.scheduler.model;

import java.util.List;

/** A solver's answer, the in-memory form of {@code b2b-schedule/1}. */
public record Schedule(
        String instance,
        Status status,
        List<Assignment> meetings,
        List<String> unscheduled,
        Objective objective,
        Bound bound,
        double seconds) {

    public Schedule {
        meetings = List.copyOf(meetings);
        unscheduled = List.copyOf(unscheduled);
    }

    /** Relative gap between the scheduled weight and the proved upper bound, or {@code null} without a bound. */
    public Double weightGap() {
        if (bound == null || bound.weight() == null || bound.weight() == 0) {
            return null;
        }
        return (bound.weight() - objective.weight()) / (double) bound.weight();
    }
}
