package eu.clusterbridge.matchmaking;

import java.util.List;

import eu.clusterbridge.IntegrationTest;
import eu.clusterbridge.matchmaking.internal.DemoEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo event is built from the seeds the same way every time, and the scheduler places its requests. */
@IntegrationTest
class DemoEventTests {

    @Autowired
    DemoEvent demo;

    @Autowired
    Registrations registrations;

    @Autowired
    MeetingRequests requests;

    @Autowired
    Scheduling scheduling;

    @Autowired
    MatchmakingEvents events;

    @Test
    void theDemoEventHasTheClustersOfThePartnershipsTargetingCanadaAndIsScheduled() {
        MatchmakingFixtures.actAsOperator();
        MatchmakingEvent event = demo.create();
        List<Participant> participants = registrations.ofEvent(event.id());
        assertThat(participants).anyMatch(p -> "ca".equals(p.typeCode())).anyMatch(p -> "eu".equals(p.typeCode()));
        assertThat(participants).anyMatch(p -> p.displayName().equals("Protein Industries"));
        long eu = participants.stream().filter(p -> "eu".equals(p.typeCode())).count();
        long ca = participants.stream().filter(p -> "ca".equals(p.typeCode())).count();
        assertThat(requests.ofEvent(event.id())).hasSize((int) (eu * 5 + ca * 6)).allMatch(r -> r.status() == RequestStatus.ACCEPTED);
        assertThat(events.tables(event.id()).stream().filter(t -> t.hostId() != null)).hasSize((int) ca);

        ScheduleRun run = scheduling.runNow(event.id());

        assertThat(run.state()).isEqualTo("DONE");
        assertThat(run.meetings()).isPositive();
        assertThat(run.boundWeight()).isGreaterThanOrEqualTo(run.weight());
        assertThat(run.meetings() + scheduling.unplaced(run.id()).size()).isEqualTo(run.requests());
    }
}
