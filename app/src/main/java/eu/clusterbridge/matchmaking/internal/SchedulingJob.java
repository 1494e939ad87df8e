package eu.clusterbridge.matchmaking.internal;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;

import eu.clusterbridge.matchmaking.Meeting;
import eu.clusterbridge.scheduler.explain.Explanation;
import eu.clusterbridge.scheduler.explain.UnscheduledExplainer;
import eu.clusterbridge.scheduler.model.Assignment;
import eu.clusterbridge.scheduler.model.Bound;
import eu.clusterbridge.scheduler.model.Objective;
import eu.clusterbridge.scheduler.model.Schedule;
import eu.clusterbridge.scheduler.model.Status;
import eu.clusterbridge.scheduler.solve.MeetingScheduler;
import eu.clusterbridge.scheduler.solve.Rescheduler;
import eu.clusterbridge.scheduler.solve.SolveOptions;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Runs the scheduler in the background, one run at a time (CP-SAT uses every core). Reads the event in one
 * transaction, solves without holding any, then saves meetings, statistics and explanations in one transaction
 * — unless the board changed meanwhile (its version moved), in which case nothing is saved and the run says so.
 * With meetings already on the board it re-schedules: locked meetings and walk-ins stay, as few others as possible move.
 */
@Component
public class SchedulingJob {

    private static final Logger log = LoggerFactory.getLogger(SchedulingJob.class);

    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "matchmaking-scheduler");
        thread.setDaemon(true);
        return thread;
    });
    private final SnapshotReader reader;
    private final ScheduleWriter writer;
    private final RunStore runs;
    private final Duration timeLimit;

    public SchedulingJob(SnapshotReader reader, ScheduleWriter writer, RunStore runs,
                         @Value("${clusterbridge.matchmaking.time-limit:PT60S}") Duration timeLimit) {
        this.reader = reader;
        this.writer = writer;
        this.runs = runs;
        this.timeLimit = timeLimit;
    }

    public void submit(long runId, long eventId) {
        executor.submit(() -> run(runId, eventId, timeLimit));
    }

    /** Runs at once on the calling thread (the demo on first start, benchmarks), within {@code limit}. */
    public void run(long runId, long eventId, Duration limit) {
        try {
            runs.progress(runId, "RUNNING", "reading the event");
            EventSnapshot snapshot = reader.read(eventId);
            InstanceMapping mapping = new InstanceMapping(snapshot);
            runs.progress(runId, "RUNNING", "solving " + snapshot.pairs().size() + " requested meetings of "
                    + snapshot.participants().size() + " participants");
            Schedule schedule = solve(mapping, snapshot.meetings(), limit, progress(runId));
            List<Explanation> explanations = new UnscheduledExplainer().explain(mapping.instance, schedule);
            writer.save(runId, snapshot, mapping, schedule, explanations);
        } catch (RuntimeException e) {
            log.warn("Scheduling run {} of event {} failed", runId, eventId, e);
            runs.finish(runId, "FAILED", e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }

    private Schedule solve(InstanceMapping mapping, List<Meeting> board, Duration limit, java.util.function.Consumer<String> progress) {
        if (mapping.instance.meetings().isEmpty()) {
            return new Schedule(mapping.instance.name(), Status.OPTIMAL, List.of(), List.of(), new Objective(0, 0, 0), new Bound(0L, 0), 0);
        }
        SolveOptions options = SolveOptions.defaults().withTimeLimit(limit).withProgress(progress);
        Schedule current = mapping.current(board);
        if (current.meetings().isEmpty()) {
            return new MeetingScheduler().solve(mapping.instance, options);
        }
        Map<String, Meeting> byKey = board.stream().collect(Collectors.toMap(m -> m.aId() + "-" + m.bId(), Function.identity()));
        Set<String> locked = current.meetings().stream().map(Assignment::meetingId)
                .filter(id -> byKey.get(id).locked() || mapping.unrequested(id)).collect(Collectors.toSet());
        return new Rescheduler().reschedule(mapping.instance, current, locked, options);
    }

    /** Progress lines go to the run's row (the solver sends at most about one a second). */
    private java.util.function.Consumer<String> progress(long runId) {
        AtomicLong last = new AtomicLong();
        return message -> {
            long now = System.nanoTime();
            if (now - last.get() > 500_000_000L) {
                last.set(now);
                runs.progress(runId, "RUNNING", message);
            }
        };
    }

    public Duration timeLimit() {
        return timeLimit;
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
