package eu.clusterbridge.matchmaking.internal;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import eu.clusterbridge.matchmaking.MatchmakingEvent;
import eu.clusterbridge.matchmaking.Meeting;
import eu.clusterbridge.scheduler.explain.Explanation;
import eu.clusterbridge.scheduler.model.Assignment;
import eu.clusterbridge.scheduler.model.Schedule;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Saves a run's schedule, statistics and explanations in one transaction, if the board did not move meanwhile. */
@Component
public class ScheduleWriter {

    private final EventStore events;
    private final MeetingStore meetings;
    private final RunStore runs;

    public ScheduleWriter(EventStore events, MeetingStore meetings, RunStore runs) {
        this.events = events;
        this.meetings = meetings;
        this.runs = runs;
    }

    @Transactional
    public void save(long runId, EventSnapshot snapshot, InstanceMapping mapping, Schedule schedule, List<Explanation> explanations) {
        long eventId = snapshot.event().id();
        MatchmakingEvent now = events.lock(eventId).orElseThrow();
        if (now.scheduleVersion() != snapshot.event().scheduleVersion()) {
            runs.finish(runId, "STALE", "The schedule was changed while the scheduler ran, so its result was not saved. Run it again.");
            return;
        }
        Map<String, Meeting> before = snapshot.meetings().stream()
                .collect(Collectors.toMap(m -> m.aId() + "-" + m.bId(), Function.identity()));
        meetings.deleteAll(eventId);
        for (Assignment a : schedule.meetings()) {
            MeetingWeights.Pair pair = mapping.pair(a.meetingId());
            Meeting old = before.get(a.meetingId());
            boolean kept = old != null && (old.locked() || mapping.unrequested(a.meetingId()));
            meetings.insert(eventId, pair.a(), pair.b(), mapping.slotId(a.slot()), mapping.tableId(a.table()), pair.weight(),
                    old != null && old.locked(), kept ? old.placedBy() : "SCHEDULER");
        }
        for (Explanation e : explanations) {
            MeetingWeights.Pair pair = mapping.pair(e.meetingId());
            runs.unplaced(runId, pair.a(), pair.b(), pair.weight(), e.reason());
        }
        runs.done(runId, mapping.instance.meetings().size(), schedule);
        events.bumpScheduleVersion(eventId);
    }
}
