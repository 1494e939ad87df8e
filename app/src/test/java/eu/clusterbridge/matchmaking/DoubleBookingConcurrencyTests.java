package eu.clusterbridge.matchmaking;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import eu.clusterbridge.IntegrationTest;
import eu.clusterbridge.shared.InvalidInput;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 200 moves and placements at the same time, on a small crowded board where most of them collide: whatever
 * wins, nobody and no table is ever in two meetings in one slot, and every change either happened or was
 * refused as a conflict (never an error).
 */
@IntegrationTest
class DoubleBookingConcurrencyTests {

    @Autowired
    MatchmakingFixtures fixtures;

    @Autowired
    Scheduling scheduling;

    @Autowired
    ScheduleBoard board;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CheckIns checkIns;

    @Autowired
    WalkIns walkIns;

    @Autowired
    MeetingRequests requests;

    @Test
    void twoHundredSimultaneousChangesNeverDoubleBook() throws Exception {
        MatchmakingEvent event = fixtures.create(MatchmakingFixtures.aMorningEvent(6, 3));
        List<Participant> p = fixtures.register(event, 10);
        Random random = new Random(42);
        for (int i = 0; i < p.size(); i++) {
            for (int j = i + 1; j < p.size(); j++) {
                if (random.nextInt(3) == 0) {
                    fixtures.request(event, p.get(i), p.get(j), 1 + random.nextInt(5));
                }
            }
        }
        MatchmakingFixtures.actAsOperator();
        scheduling.runNow(event.id());
        List<Meeting> scheduled = board.meetings(event.id());
        List<long[]> pairs = jdbc.sql("select requester_id, target_id from matchmaking_request where event_id = ? and status = 'ACCEPTED'")
                .param(event.id()).query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).list();

        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> outcomes = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            int slot = 1 + random.nextInt(6);
            int table = 1 + random.nextInt(3);
            Meeting meeting = scheduled.get(random.nextInt(scheduled.size()));
            long[] pair = pairs.get(random.nextInt(pairs.size()));
            boolean move = i % 2 == 0;
            Callable<String> change = () -> {
                MatchmakingFixtures.actAsOperator();
                start.await();
                try {
                    if (move) {
                        board.move(meeting.id(), slot, table);
                    } else {
                        board.place(event.id(), pair[0], pair[1], slot, table);
                    }
                    return "done";
                } catch (BoardConflict | InvalidInput refused) {
                    return "refused";
                } finally {
                    SecurityContextHolder.clearContext();
                }
            };
            outcomes.add(pool.submit(change));
        }
        start.countDown();
        int done = 0;
        int refused = 0;
        for (Future<String> outcome : outcomes) {
            if (outcome.get().equals("done")) {
                done++;
            } else {
                refused++;
            }
        }
        pool.shutdown();

        assertThat(done + refused).isEqualTo(200);
        assertThat(done).isPositive();
        assertThat(refused).isPositive();
        assertNoDoubleBooking(event);
    }

    /**
     * The day itself: 200 changes at once of four kinds — organiser moves, placements of requested meetings, walk-in
     * placements of checked-in participants, and new requests sent and accepted between random pairs (two of them
     * racing for the same pair must not both open a request) — still never double-book anyone or any table.
     */
    @Test
    void movesPlacementsWalkInsAndRequestsAtOnceNeverDoubleBook() throws Exception {
        MatchmakingEvent event = fixtures.create(MatchmakingFixtures.aMorningEvent(6, 3));
        List<Participant> p = fixtures.register(event, 12);
        Random random = new Random(7);
        for (int i = 0; i < p.size(); i++) {
            for (int j = i + 1; j < p.size(); j++) {
                if (random.nextInt(4) == 0) {
                    fixtures.request(event, p.get(i), p.get(j), 1 + random.nextInt(5));
                }
            }
        }
        MatchmakingFixtures.actAsOperator();
        scheduling.runNow(event.id());
        p.forEach(participant -> checkIns.checkIn(participant.id()));
        List<Meeting> scheduled = board.meetings(event.id());
        List<long[]> pairs = jdbc.sql("select requester_id, target_id from matchmaking_request where event_id = ? and status = 'ACCEPTED'")
                .param(event.id()).query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).list();

        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> outcomes = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            int kind = i % 4;
            int slot = 1 + random.nextInt(6);
            int table = 1 + random.nextInt(3);
            Meeting meeting = scheduled.get(random.nextInt(scheduled.size()));
            long[] pair = pairs.get(random.nextInt(pairs.size()));
            Participant a = p.get(random.nextInt(p.size()));
            Participant b = p.get(random.nextInt(p.size()));
            Callable<String> change = () -> {
                MatchmakingFixtures.actAsOperator();
                start.await();
                try {
                    switch (kind) {
                        case 0 -> board.move(meeting.id(), slot, table);
                        case 1 -> board.place(event.id(), pair[0], pair[1], slot, table);
                        case 2 -> walkIns.confirm(event.id(), a.id(), b.id(), slot, table);
                        default -> requests.send(event.id(), new RequestSpec(a.id(), b.id(), 3, "racing"));
                    }
                    return kind + " done";
                } catch (BoardConflict | InvalidInput refused) {
                    return kind + " refused";
                } finally {
                    SecurityContextHolder.clearContext();
                }
            };
            outcomes.add(pool.submit(change));
        }
        start.countDown();
        java.util.Map<String, Integer> tally = new java.util.TreeMap<>();
        for (Future<String> outcome : outcomes) {
            tally.merge(outcome.get(), 1, Integer::sum);
        }
        pool.shutdown();

        assertThat(tally.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(200);
        assertThat(tally).as("walk-ins both happen and collide").containsKeys("2 done", "2 refused");
        assertNoDoubleBooking(event);
        assertThat(jdbc.sql("""
                select count(*) from (select 1 from matchmaking_request where event_id = ? and status in ('PENDING', 'ACCEPTED')
                group by requester_id, target_id having count(*) > 1) d""").param(event.id()).query(Long.class).single())
                .as("at most one open request per direction").isZero();
    }

    private void assertNoDoubleBooking(MatchmakingEvent event) {
        assertThat(jdbc.sql("""
                select count(*) from (select p, slot_id from (
                    select a_id p, slot_id from matchmaking_meeting where event_id = ?
                    union all select b_id p, slot_id from matchmaking_meeting where event_id = ?) x
                group by p, slot_id having count(*) > 1) doubles""").params(event.id(), event.id()).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from (select 1 from matchmaking_meeting where event_id = ? group by table_id, slot_id having count(*) > 1) d")
                .param(event.id()).query(Long.class).single()).isZero();
        // Every meeting has exactly its two seats, in its own slot.
        assertThat(jdbc.sql("""
                select count(*) from matchmaking_meeting m where m.event_id = ? and 2 <> (select count(*) from matchmaking_seat s
                    where s.meeting_id = m.id and s.slot_id = m.slot_id and s.participant_id in (m.a_id, m.b_id))""")
                .param(event.id()).query(Long.class).single()).isZero();
    }
}
