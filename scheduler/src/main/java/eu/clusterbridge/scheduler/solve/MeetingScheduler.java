package eu.clusterbridge.scheduler.solve;

import eu.clusterbridge.scheduler.model.Instance;
import eu.clusterbridge.scheduler.model.Mode;
import eu.clusterbridge.scheduler.model.Schedule;

/** The engine's entry point: picks the solver for the instance's mode. */
public final class MeetingScheduler {

    public Schedule solve(Instance instance, SolveOptions options) {
        return instance.mode() == Mode.ALL
                ? new AllMeetingsSolver().solve(instance, options)
                : new SelectMeetingsSolver().solve(instance, options);
    }
}
