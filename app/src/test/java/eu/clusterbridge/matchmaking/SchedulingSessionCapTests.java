package eu.clusterbridge.matchmaking;

import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import eu.clusterbridge.IntegrationTest;
import eu.clusterbridge.shared.InvalidInput;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static eu.clusterbridge.matchmaking.MatchmakingFixtures.DAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The event's limit of meetings per participant in each session, on the real database and the real solver. */
@IntegrationTest
class SchedulingSessionCapTests {

    @Autowired
    MatchmakingFixtures fixtures;

    @Autowired
    MatchmakingEvents events;

    @Autowired
    Scheduling scheduling;

    @Autowired
    ScheduleBoard board;

    @BeforeEach
    void operator() {
        MatchmakingFixtures.actAsOperator();
    }

    /** Two sessions of three 20-minute slots, three tables, at most {@code cap} meetings per participant per session. */
    private static EventSetup twoSessions(Integer cap) {
        EventSetup morning = MatchmakingFixtures.aMorningEvent(3, 3);
        return new EventSetup(morning.name(), morning.venue(), false, morning.timeZone(), morning.registrationDeadline(), 20, 5,
                RequestMode.AUTOMATIC, null, true, null, null, cap,
                List.of(new EventSetup.SessionSpec("Morning", DAY, LocalTime.of(9, 0), LocalTime.of(10, 10)),
                        new EventSetup.SessionSpec("Afternoon", DAY, LocalTime.of(14, 0), LocalTime.of(15, 10))),
                morning.tables(), List.of(), List.of());
    }

    @Test
    void aParticipantGetsAtMostTheLimitInEachSessionAndTheRestIsExplained() {
        MatchmakingEvent event = fixtures.create(twoSessions(1));
        assertThat(events.get(event.id()).maxMeetingsPerSession()).isEqualTo(1);
        assertThat(events.setupOf(event.id()).maxMeetingsPerSession()).isEqualTo(1);
        List<Participant> p = fixtures.register(event, 4);
        fixtures.request(event, p.get(1), p.get(0), 3);
        fixtures.request(event, p.get(2), p.get(0), 2);
        fixtures.request(event, p.get(3), p.get(0), 1);

        ScheduleRun run = scheduling.runNow(event.id());

        assertThat(run.state()).isEqualTo("DONE");
        Map<Integer, Long> sessionOf = events.slots(event.id()).stream()
                .collect(Collectors.toMap(EventParts.Slot::number, EventParts.Slot::sessionId));
        List<Meeting> withFirst = board.meetings(event.id()).stream().filter(m -> m.involves(p.get(0).id())).toList();
        assertThat(withFirst).hasSize(2);
        assertThat(withFirst.stream().map(m -> sessionOf.get(m.slotNumber())).distinct()).hasSize(2);
        assertThat(run.solverStatus()).isEqualTo("OPTIMAL");
        List<ScheduleRun.Unplaced> unplaced = scheduling.unplaced(run.id());
        assertThat(unplaced).singleElement().satisfies(u -> {
            assertThat(u.weight()).isEqualTo(1);
            assertThat(u.reason()).isEqualTo(p.get(0).displayName()
                    + " already has 1 meeting in every session where this meeting could go (the limit)");
        });

        // By hand: the unplaced pair in a free morning slot is refused with the limit as the reason.
        Meeting morning = withFirst.stream().filter(m -> m.slotNumber() <= 3).findFirst().orElseThrow();
        int freeSlot = morning.slotNumber() == 1 ? 2 : 1;
        assertThatThrownBy(() -> board.place(event.id(), p.get(0).id(), p.get(3).id(), freeSlot, 3))
                .isInstanceOf(BoardConflict.class)
                .satisfies(e -> assertThat(((BoardConflict) e).conflicts()).contains(p.get(0).displayName()
                        + " already has 1 meeting in session Morning (the limit is 1 per session)"));
    }

    @Test
    void withoutTheLimitTheSameRequestsAreAllHeld() {
        MatchmakingEvent event = fixtures.create(twoSessions(null));
        List<Participant> p = fixtures.register(event, 4);
        for (int i = 1; i <= 3; i++) {
            fixtures.request(event, p.get(i), p.get(0), 1);
        }

        ScheduleRun run = scheduling.runNow(event.id());

        assertThat(board.meetings(event.id())).hasSize(3);
        assertThat(scheduling.unplaced(run.id())).isEmpty();
    }

    @Test
    void theLimitIsAtLeastOne() {
        assertThatThrownBy(() -> fixtures.create(twoSessions(0)))
                .isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).problems())
                        .extracting(InvalidInput.FieldProblem::field).containsExactly("maxMeetingsPerSession"));
    }
}
