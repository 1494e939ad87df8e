package eu.clusterbridge.matchmaking;

import java.time.Duration;
import java.util.List;

import eu.clusterbridge.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

@IntegrationTest
class SchedulingTests {

    @Autowired
    MatchmakingFixtures fixtures;

    @Autowired
    Scheduling scheduling;

    @Autowired
    ScheduleBoard board;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void operator() {
        MatchmakingFixtures.actAsOperator();
    }

    @Test
    void aBackgroundRunPlacesTheMeetingsAndExplainsEveryOneItCouldNotPlace() {
        MatchmakingEvent event = fixtures.create(MatchmakingFixtures.aMorningEvent(3, 2));
        List<Participant> p = fixtures.register(event, 6);
        // Five participants want the first one, who has only three slots: two meetings cannot be held.
        for (int i = 1; i <= 5; i++) {
            fixtures.request(event, p.get(i), p.get(0), i);
        }
        fixtures.request(event, p.get(0), p.get(5), 2); // mutual with p5's request: weight 5 + 2 + 3 = 10
        fixtures.request(event, p.get(1), p.get(2), 1);

        ScheduleRun started = scheduling.start(event.id());
        ScheduleRun run = await().atMost(Duration.ofSeconds(60)).until(() -> scheduling.run(started.id()), ScheduleRun::isFinished);

        assertThat(run.state()).isEqualTo("DONE");
        List<Meeting> meetings = board.meetings(event.id());
        assertThat(meetings).hasSize(run.meetings()).hasSize(4);
        assertThat(meetings.stream().filter(m -> m.involves(p.get(0).id()))).hasSize(3);
        assertThat(meetings).anyMatch(m -> m.involves(p.get(0).id()) && m.involves(p.get(5).id()) && m.weight() == 10);
        assertThat(run.weight()).isEqualTo(10 + 4 + 3 + 1);
        assertThat(run.boundWeight()).isGreaterThanOrEqualTo(run.weight());
        assertThat(run.solverStatus()).isEqualTo("OPTIMAL");
        assertThat(run.gap()).isZero();
        List<ScheduleRun.Unplaced> unplaced = scheduling.unplaced(run.id());
        assertThat(unplaced).hasSize(2).allSatisfy(u -> assertThat(u.reason()).contains(p.get(0).displayName()));
        assertThat(unplaced).extracting(ScheduleRun.Unplaced::weight).containsExactlyInAnyOrder(1, 2);
    }

    @Test
    void reschedulingKeepsLockedMeetingsWhereTheyAre() {
        MatchmakingEvent event = fixtures.create(MatchmakingFixtures.aMorningEvent(4, 2));
        List<Participant> p = fixtures.register(event, 4);
        fixtures.request(event, p.get(0), p.get(1), 3);
        fixtures.request(event, p.get(2), p.get(3), 3);
        scheduling.runNow(event.id());
        Meeting first = board.meetings(event.id()).get(0);
        Meeting second = board.meetings(event.id()).get(1);
        int free = java.util.stream.IntStream.rangeClosed(1, 4).filter(s -> s != first.slotNumber() && s != second.slotNumber())
                .max().orElseThrow();
        Meeting moved = board.move(first.id(), free, 2);
        board.lock(moved.id(), true);
        fixtures.request(event, p.get(0), p.get(2), 5);

        ScheduleRun run = scheduling.runNow(event.id());

        assertThat(run.state()).isEqualTo("DONE");
        assertThat(run.meetings()).isEqualTo(3);
        assertThat(board.meetings(event.id())).anySatisfy(m -> {
            assertThat(m.aId()).isEqualTo(moved.aId());
            assertThat(m.bId()).isEqualTo(moved.bId());
            assertThat(m.slotNumber()).isEqualTo(free);
            assertThat(m.tableNumber()).isEqualTo(2);
            assertThat(m.locked()).isTrue();
        });
    }

    @Test
    void theDatabaseItselfRefusesADoubleBooking() {
        MatchmakingEvent event = fixtures.create(MatchmakingFixtures.aMorningEvent(2, 2));
        List<Participant> p = fixtures.register(event, 3);
        fixtures.request(event, p.get(0), p.get(1), 3);
        fixtures.request(event, p.get(0), p.get(2), 3);
        board.place(event.id(), p.get(0).id(), p.get(1).id(), 1, 1);
        long slot = jdbc.sql("select id from matchmaking_slot where event_id = ? and number = 1").param(event.id()).query(Long.class).single();
        long table2 = jdbc.sql("select id from matchmaking_table where event_id = ? and number = 2").param(event.id()).query(Long.class).single();
        // Straight SQL, past every check in code: participant 0 twice in slot 1.
        assertThatThrownBy(() -> jdbc.sql("""
                with m as (insert into matchmaking_meeting (event_id, a_id, b_id, slot_id, table_id, weight, placed_by)
                           values (?, ?, ?, ?, ?, 3, 'ORGANISER') returning id, slot_id, a_id, b_id)
                insert into matchmaking_seat (meeting_id, slot_id, participant_id)
                select id, slot_id, a_id from m union all select id, slot_id, b_id from m""")
                .params(event.id(), Math.min(p.get(0).id(), p.get(2).id()), Math.max(p.get(0).id(), p.get(2).id()), slot, table2).update())
                .isInstanceOf(DuplicateKeyException.class);
        assertThatThrownBy(() -> board.place(event.id(), p.get(0).id(), p.get(2).id(), 1, 2))
                .isInstanceOf(BoardConflict.class).hasMessageContaining("already meets");
    }
}
