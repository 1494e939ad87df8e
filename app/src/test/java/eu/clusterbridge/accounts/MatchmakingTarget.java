package eu.clusterbridge.accounts;

import java.time.Duration;

import eu.clusterbridge.matchmaking.EventAccess;
import eu.clusterbridge.matchmaking.MatchmakingEvent;
import eu.clusterbridge.matchmaking.MeetingRequests;
import eu.clusterbridge.matchmaking.Registrations;
import eu.clusterbridge.matchmaking.ScheduleBoard;
import eu.clusterbridge.matchmaking.ScheduleRun;
import eu.clusterbridge.matchmaking.Scheduling;
import eu.clusterbridge.matchmaking.internal.DemoEvent;
import org.springframework.context.ApplicationContext;

/** The demo matchmaking event (organised by a published seed organisation), scheduled but not published, and the ids the access matrix puts into its addresses. */
record MatchmakingTarget(MatchmakingEvent event, long participantId, long meetingId, long runId, long requestId,
                         java.util.function.LongSupplier withdrawable) {

    static MatchmakingTarget create(ApplicationContext context) {
        MatchmakingTarget[] made = new MatchmakingTarget[1];
        EventAccess.SystemWork.run(() -> {
            MatchmakingEvent event = context.getBean(DemoEvent.class).create();
            ScheduleRun run = context.getBean(Scheduling.class).runNow(event.id(), Duration.ofSeconds(3));
            var participants = context.getBean(Registrations.class).ofEvent(event.id());
            var meeting = context.getBean(ScheduleBoard.class).meetings(event.id()).get(0);
            // a request of neither side of the meeting (cancelling it must not take the meeting away), and a participant
            // outside both whom an organiser may withdraw
            var request = context.getBean(MeetingRequests.class).ofEvent(event.id()).stream()
                    .filter(r -> !java.util.Set.of(r.requesterId(), r.targetId()).contains(meeting.aId())
                            && !java.util.Set.of(r.requesterId(), r.targetId()).contains(meeting.bId()))
                    .findFirst().orElseThrow();
            long participant = participants.get(0).id();
            // every withdrawal gets a registration of its own, so one persona's withdrawal leaves the next one's to refuse
            java.util.function.LongSupplier withdrawable = () -> {
                long[] id = new long[1];
                var organisation = new TestAccounts(context).draftOrganisation("Withdrawing Cluster", null, null, null);
                EventAccess.SystemWork.run(() -> id[0] = context.getBean(Registrations.class).register(event.id(),
                        new eu.clusterbridge.matchmaking.Registration(organisation.getId(), "eu", null, null, null, null,
                                java.util.List.of(), java.util.List.of(), false, java.util.List.of())).id());
                return id[0];
            };
            made[0] = new MatchmakingTarget(event, participant, meeting.id(), run.id(), request.id(), withdrawable);
        });
        return made[0];
    }

    /** The pattern with this event's key and ids; request ids do not exist (the rules decide before the lookup). */
    String path(String pattern) {
        String id = pattern.startsWith("/api/matchmaking/events/") ? String.valueOf(event.id())
                : pattern.contains("/meetings/") ? String.valueOf(meetingId)
                : pattern.contains("/requests/{id}") ? String.valueOf(requestId) : "999999";
        return pattern.replace("{key}", event.key())
                .replace("{id}", id)
                .replace("{answer:accept|decline|cancel}", "accept")
                .replace("{participantId}", String.valueOf(pattern.endsWith("/withdraw") ? withdrawable.getAsLong() : participantId))
                .replace("{meetingId}", String.valueOf(meetingId))
                .replace("{runId}", String.valueOf(runId))
                .replace("{token}", "no-such-token")
                + (pattern.endsWith("/conflicts") ? "?slot=1&table=1" : pattern.endsWith("/walk-ins") ? "?slot=1" : "");
    }
}
