package eu.clusterbridge.matchmaking;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

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
        Random random = new Random(42);
        Board b = scheduledBoard(10, 3, random);
        List<Change> changes = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            int slot = 1 + random.nextInt(6);
            int table = 1 + random.nextInt(3);
            Meeting meeting = b.scheduled().get(random.nextInt(b.scheduled().size()));
            long[] pair = b.pairs().get(random.nextInt(b.pairs().size()));
            changes.add(i % 2 == 0 ? () -> board.move(meeting.id(), slot, table)
                    : () -> board.place(b.event().id(), pair[0], pair[1], slot, table));
        }

        Map<String, Integer> tally = atOnce(changes, i -> "");

        assertThat(tally.getOrDefault("done", 0) + tally.getOrDefault("refused", 0)).isEqualTo(200);
        assertThat(tally.getOrDefault("done", 0)).isPositive();
        assertThat(tally.getOrDefault("refused", 0)).isPositive();
        assertNoDoubleBooking(b.event());
    }

    /**
     * The day itself: 200 changes at once of four kinds — organiser moves, placements of requested meetings, walk-in
     * placements of checked-in participants, and new requests sent and accepted between random pairs (two of them
     * racing for the same pair must not both open a request) — still never double-book anyone or any table.
     */
    @Test
    void movesPlacementsWalkInsAndRequestsAtOnceNeverDoubleBook() throws Exception {
        Random random = new Random(7);
        Board b = scheduledBoard(12, 4, random);
        List<Participant> p = b.people();
        p.forEach(participant -> checkIns.checkIn(participant.id()));
        List<Change> changes = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            int kind = i % 4;
            int slot = 1 + random.nextInt(6);
            int table = 1 + random.nextInt(3);
            Meeting meeting = b.scheduled().get(random.nextInt(b.scheduled().size()));
            long[] pair = b.pairs().get(random.nextInt(b.pairs().size()));
            Participant a = p.get(random.nextInt(p.size()));
            Participant other = p.get(random.nextInt(p.size()));
            changes.add(switch (kind) {
                case 0 -> () -> board.move(meeting.id(), slot, table);
                case 1 -> () -> board.place(b.event().id(), pair[0], pair[1], slot, table);
                case 2 -> () -> walkIns.confirm(b.event().id(), a.id(), other.id(), slot, table);
                default -> () -> requests.send(b.event().id(), new RequestSpec(a.id(), other.id(), 3, "racing"));
            });
        }

        Map<String, Integer> tally = atOnce(changes, i -> (i % 4) + " ");

        assertThat(tally.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(200);
        assertThat(tally).as("walk-ins both happen and collide").containsKeys("2 done", "2 refused");
        assertNoDoubleBooking(b.event());
        assertThat(jdbc.sql("""
                select count(*) from (select 1 from matchmaking_request where event_id = ? and status in ('PENDING', 'ACCEPTED')
                group by requester_id, target_id having count(*) > 1) d""").param(b.event().id()).query(Long.class).single())
                .as("at most one open request per direction").isZero();
    }

    /** A small crowded event, scheduled: its participants, meetings and accepted request pairs. */
    private record Board(MatchmakingEvent event, List<Participant> people, List<Meeting> scheduled, List<long[]> pairs) {
    }

    /** One change of the board, as the operator; it either happens or is refused with a conflict. */
    private interface Change {
        Object apply();
    }

    /** 6 slots, 3 tables, {@code people} participants, each pair requested with probability 1 / {@code oneIn}. */
    private Board scheduledBoard(int people, int oneIn, Random random) {
        MatchmakingEvent event = fixtures.create(MatchmakingFixtures.aMorningEvent(6, 3));
        List<Participant> p = fixtures.register(event, people);
        for (int i = 0; i < p.size(); i++) {
            for (int j = i + 1; j < p.size(); j++) {
                if (random.nextInt(oneIn) == 0) {
                    fixtures.request(event, p.get(i), p.get(j), 1 + random.nextInt(5));
                }
            }
        }
        MatchmakingFixtures.actAsOperator();
        scheduling.runNow(event.id());
        List<long[]> pairs = jdbc.sql("select requester_id, target_id from matchmaking_request where event_id = ? and status = 'ACCEPTED'")
                .param(event.id()).query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).list();
        return new Board(event, p, board.meetings(event.id()), pairs);
    }

    /**
     * Runs every change at the same moment from 16 threads and tallies the outcomes: "done" or "refused", each
     * prefixed with {@code label} of the change's index.
     */
    private static Map<String, Integer> atOnce(List<Change> changes, IntFunction<String> label) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> outcomes = new ArrayList<>();
        for (int i = 0; i < changes.size(); i++) {
            Change change = changes.get(i);
            String prefix = label.apply(i);
            Callable<String> run = () -> {
                MatchmakingFixtures.actAsOperator();
                start.await();
                try {
                    change.apply();
                    return prefix + "done";
                } catch (BoardConflict | InvalidInput refused) {
                    return prefix + "refused";
                } finally {
                    SecurityContextHolder.clearContext();
                }
            };
            outcomes.add(pool.submit(run));
        }
        start.countDown();
        Map<String, Integer> tally = new TreeMap<>();
        for (Future<String> outcome : outcomes) {
            tally.merge(outcome.get(), 1, Integer::sum);
        }
        pool.shutdown();
        return tally;
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
