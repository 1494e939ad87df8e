package eu.clusterbridge.accounts;

import java.time.Duration;

import eu.clusterbridge.matchmaking.EventAccess;
import eu.clusterbridge.matchmaking.MatchmakingEvent;
import eu.clusterbridge.matchmaking.Registrations;
import eu.clusterbridge.matchmaking.ScheduleBoard;
import eu.clusterbridge.matchmaking.ScheduleRun;
import eu.clusterbridge.matchmaking.Scheduling;
import eu.clusterbridge.matchmaking.internal.DemoEvent;
import org.springframework.context.ApplicationContext;

/** The demo matchmaking event, scheduled but not published, and the ids the access matrix puts into its addresses. */
record MatchmakingTarget(MatchmakingEvent event, long participantId, long meetingId, long runId) {

    static MatchmakingTarget create(ApplicationContext context) {
        MatchmakingTarget[] made = new MatchmakingTarget[1];
        EventAccess.SystemWork.run(() -> {
            MatchmakingEvent event = context.getBean(DemoEvent.class).create();
            ScheduleRun run = context.getBean(Scheduling.class).runNow(event.id(), Duration.ofSeconds(3));
            long participant = context.getBean(Registrations.class).ofEvent(event.id()).get(0).id();
            long meeting = context.getBean(ScheduleBoard.class).meetings(event.id()).get(0).id();
            made[0] = new MatchmakingTarget(event, participant, meeting, run.id());
        });
        return made[0];
    }

    /** The pattern with this event's key and ids; request ids do not exist (the rules decide before the lookup). */
    String path(String pattern) {
        String id = pattern.startsWith("/api/matchmaking/events/") ? String.valueOf(event.id())
                : pattern.contains("/meetings/") ? String.valueOf(meetingId) : "999999";
        return pattern.replace("{key}", event.key())
                .replace("{id}", id)
                .replace("{answer:accept|decline|cancel}", "accept")
                .replace("{participantId}", String.valueOf(participantId))
                .replace("{meetingId}", String.valueOf(meetingId))
                .replace("{runId}", String.valueOf(runId))
                + (pattern.endsWith("/conflicts") ? "?slot=1&table=1" : "");
    }
}
