package eu.clusterbridge.matchmaking;

import java.util.List;
import java.util.Optional;

import eu.clusterbridge.matchmaking.internal.RunStore;
import eu.clusterbridge.matchmaking.internal.SchedulingJob;
import eu.clusterbridge.shared.NotFound;
import org.springframework.stereotype.Service;

/**
 * The automatic scheduler for an organiser: start a run in the background, follow its progress, read its
 * result. Not transactional on purpose: the run row must be committed before the background job reads it.
 */
@Service
public class Scheduling {

    private final MatchmakingEvents events;
    private final RunStore runs;
    private final SchedulingJob job;
    private final EventAccess access;

    Scheduling(MatchmakingEvents events, RunStore runs, SchedulingJob job, EventAccess access) {
        this.events = events;
        this.runs = runs;
        this.job = job;
        this.access = access;
    }

    /** Queues a run, or returns the one still queued or running for this event. */
    public ScheduleRun start(long eventId) {
        events.get(eventId);
        access.requireOrganiser(eventId);
        Optional<ScheduleRun> latest = runs.latest(eventId);
        if (latest.isPresent() && !latest.get().isFinished()) {
            return latest.get();
        }
        long id = runs.insert(eventId, access.actor());
        job.submit(id, eventId);
        return run(id);
    }

    /** Runs the scheduler on the calling thread and returns the finished run (demo loading, tests, benchmarks). */
    public ScheduleRun runNow(long eventId) {
        return runNow(eventId, job.timeLimit());
    }

    public ScheduleRun runNow(long eventId, java.time.Duration limit) {
        events.get(eventId);
        access.requireOrganiser(eventId);
        long id = runs.insert(eventId, access.actor());
        job.run(id, eventId, limit);
        return run(id);
    }

    public ScheduleRun run(long runId) {
        return runs.find(runId).orElseThrow(() -> new RunNotFound(runId));
    }

    public Optional<ScheduleRun> latest(long eventId) {
        return runs.latest(eventId);
    }

    public List<ScheduleRun.Unplaced> unplaced(long runId) {
        return runs.unplaced(runId);
    }

    public static class RunNotFound extends NotFound {
        public RunNotFound(Object id) {
            super("scheduling run", id);
        }
    }
}
