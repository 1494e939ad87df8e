package eu.clusterbridge.matchmaking.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import eu.clusterbridge.matchmaking.Meeting;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The only writer of meetings and their seats. A meeting row and its two seat rows are written together; a move
 * changes the meeting's slot and the seats follow by the foreign key's {@code on update cascade}, so the unique
 * constraints on seats (participant, slot) and meetings (table, slot) reject any double booking, whatever the
 * timing of concurrent changes.
 */
@Repository
public class MeetingStore {

    private static final String SELECT = """
            select m.id, m.event_id, m.a_id, m.b_id, m.slot_id, s.number, m.table_id, t.number, m.weight, m.locked, m.placed_by
            from matchmaking_meeting m join matchmaking_slot s on s.id = m.slot_id join matchmaking_table t on t.id = m.table_id""";

    private final JdbcClient jdbc;

    public MeetingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long count(long eventId) {
        return jdbc.sql("select count(*) from matchmaking_meeting where event_id = ?").param(eventId).query(Long.class).single();
    }

    public List<Meeting> ofEvent(long eventId) {
        return jdbc.sql(SELECT + " where m.event_id = ? order by s.number, t.number").param(eventId).query(MeetingStore::row).list();
    }

    public List<Meeting> ofParticipant(long participantId) {
        return jdbc.sql(SELECT + " where m.a_id = ? or m.b_id = ? order by s.number").params(participantId, participantId)
                .query(MeetingStore::row).list();
    }

    public Optional<Meeting> find(long id) {
        return jdbc.sql(SELECT + " where m.id = ?").param(id).query(MeetingStore::row).optional();
    }

    public long insert(long eventId, long a, long b, long slotId, long tableId, int weight, boolean locked, String placedBy) {
        long first = Math.min(a, b);
        long second = Math.max(a, b);
        long id = jdbc.sql("""
                insert into matchmaking_meeting (event_id, a_id, b_id, slot_id, table_id, weight, locked, placed_by)
                values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(eventId, first, second, slotId, tableId, weight, locked, placedBy).query(Long.class).single();
        jdbc.sql("insert into matchmaking_seat (meeting_id, slot_id, participant_id) values (?, ?, ?), (?, ?, ?)")
                .params(id, slotId, first, id, slotId, second).update();
        return id;
    }

    /** Moves a meeting; the database refuses (unique violation) if a participant or the table is taken then. */
    public void move(long meetingId, long slotId, long tableId) {
        jdbc.sql("update matchmaking_meeting set slot_id = ?, table_id = ?, placed_by = 'ORGANISER' where id = ?")
                .params(slotId, tableId, meetingId).update();
    }

    public void setLocked(long meetingId, boolean locked) {
        jdbc.sql("update matchmaking_meeting set locked = ? where id = ?").params(locked, meetingId).update();
    }

    public void deletePair(long eventId, long a, long b) {
        jdbc.sql("delete from matchmaking_meeting where event_id = ? and a_id = ? and b_id = ?")
                .params(eventId, Math.min(a, b), Math.max(a, b)).update();
    }

    /** Takes one meeting off the board (its seats and survey answers go with it). */
    public void delete(long meetingId) {
        jdbc.sql("delete from matchmaking_meeting where id = ?").param(meetingId).update();
    }

    public void deleteAll(long eventId) {
        jdbc.sql("delete from matchmaking_meeting where event_id = ?").param(eventId).update();
    }

    private static Meeting row(ResultSet rs, int n) throws SQLException {
        return new Meeting(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getInt(6), rs.getLong(7),
                rs.getInt(8), rs.getInt(9), rs.getBoolean(10), rs.getString(11));
    }
}
