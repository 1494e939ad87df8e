package eu.clusterbridge.matchmaking.internal;

import eu.clusterbridge.directory.Organisations;
import eu.clusterbridge.matchmaking.EventAccess;
import eu.clusterbridge.matchmaking.MatchmakingEvent;
import eu.clusterbridge.matchmaking.MatchmakingEvents;
import eu.clusterbridge.matchmaking.ScheduleBoard;
import eu.clusterbridge.matchmaking.ScheduleRun;
import eu.clusterbridge.matchmaking.Scheduling;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Loads and schedules the demo event on the first start of a database without matchmaking events. A lifecycle
 * bean of an early phase: it starts after every singleton is ready (so after the seed data is loaded) and before
 * the web server, so the first visitor already sees a scheduled event. Off in tests unless a test asks for it.
 */
@Component
class DemoEventLoader implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DemoEventLoader.class);

    private final DemoEvent demo;
    private final MatchmakingEvents events;
    private final Scheduling scheduling;
    private final ScheduleBoard board;
    private final Organisations organisations;
    private final boolean enabled;
    private final java.time.Duration timeLimit;
    private volatile boolean running;

    DemoEventLoader(DemoEvent demo, MatchmakingEvents events, Scheduling scheduling, ScheduleBoard board, Organisations organisations,
                    @Value("${clusterbridge.matchmaking.demo.enabled:true}") boolean enabled,
                    @Value("${clusterbridge.matchmaking.demo.time-limit:PT15S}") java.time.Duration timeLimit) {
        this.timeLimit = timeLimit;
        this.demo = demo;
        this.events = events;
        this.scheduling = scheduling;
        this.board = board;
        this.organisations = organisations;
        this.enabled = enabled;
    }

    @Override
    public void start() {
        running = true;
        if (!enabled || !events.all().isEmpty() || organisations.count() == 0) {
            return;
        }
        EventAccess.SystemWork.run(() -> {
            MatchmakingEvent event = demo.create();
            ScheduleRun run = scheduling.runNow(event.id(), timeLimit);
            board.publish(event.id(), true);
            log.info("Loaded the demo matchmaking event: {} meetings of {} requested, weight {} (bound {}), in {} s",
                    run.meetings(), run.requests(), run.weight(), run.boundWeight(), run.seconds());
        });
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Before the web server (which starts in a phase near {@code DEFAULT_PHASE}). */
    @Override
    public int getPhase() {
        return 0;
    }
}
