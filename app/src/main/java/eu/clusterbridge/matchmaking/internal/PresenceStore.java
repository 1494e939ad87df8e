package eu.clusterbridge.matchmaking.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import eu.clusterbridge.matchmaking.FreedSlot;
import eu.clusterbridge.matchmaking.Meeting;
import eu.clusterbridge.matchmaking.Presence;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Check-ins and no-shows, and the log of meetings that no-shows freed. */
@Repository
public class PresenceStore {

    private final JdbcClient jdbc;

    public PresenceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Marks a participant (again): the last mark wins, so two desks checking the same person in do no harm. */
    public void mark(long participantId, Presence presence, String by) {
        jdbc.sql("""
                insert into matchmaking_presence (participant_id, status, marked_by) values (?, ?, ?)
                on conflict (participant_id) do update set status = excluded.status, marked_by = excluded.marked_by, marked_at = now()""")
                .params(participantId, presence.name(), by).update();
    }

    public void clear(long participantId) {
        jdbc.sql("delete from matchmaking_presence where participant_id = ?").param(participantId).update();
    }

    public Presence of(long participantId) {
        return jdbc.sql("select status from matchmaking_presence where participant_id = ?").param(participantId)
                .query(String.class).optional().map(Presence::valueOf).orElse(Presence.EXPECTED);
    }

    /** The marked participants of an event; everyone else is {@link Presence#EXPECTED}. */
    public Map<Long, Presence> ofEvent(long eventId) {
        Map<Long, Presence> result = new HashMap<>();
        jdbc.sql("""
                select r.participant_id, r.status from matchmaking_presence r
                join matchmaking_participant p on p.id = r.participant_id where p.event_id = ?""")
                .param(eventId).query(rs -> {
                    result.put(rs.getLong(1), Presence.valueOf(rs.getString(2)));
                });
        return result;
    }

    public void logFreed(Meeting meeting, long noShowId) {
        jdbc.sql("insert into matchmaking_freed_meeting (event_id, slot_id, table_id, a_id, b_id, no_show_id) values (?, ?, ?, ?, ?, ?)")
                .params(meeting.eventId(), meeting.slotId(), meeting.tableId(), meeting.aId(), meeting.bId(), noShowId).update();
    }

    /** The meetings the participant's no-show mark freed, in slot order. */
    public List<FreedMeeting> freedBy(long noShowId) {
        return jdbc.sql("""
                select f.id, f.slot_id, s.number, f.table_id, t.number, f.a_id, f.b_id
                from matchmaking_freed_meeting f join matchmaking_slot s on s.id = f.slot_id join matchmaking_table t on t.id = f.table_id
                where f.no_show_id = ? order by s.number""")
                .param(noShowId)
                .query((rs, n) -> new FreedMeeting(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getLong(4), rs.getInt(5),
                        rs.getLong(6), rs.getLong(7))).list();
    }

    /** Drops a freed meeting from the log once it is back on the board (so the statistics count it once). */
    public void forgetFreed(long freedId) {
        jdbc.sql("delete from matchmaking_freed_meeting where id = ?").param(freedId).update();
    }

    public long freedCount(long eventId) {
        return jdbc.sql("select count(*) from matchmaking_freed_meeting where event_id = ?").param(eventId).query(Long.class).single();
    }

    /** Freed slot and table pairs that no meeting has taken since, in time order. */
    public List<FreedSlot> stillFree(long eventId) {
        return jdbc.sql("""
                select distinct s.number, t.number, t.name, f.no_show_id, case when f.a_id = f.no_show_id then f.b_id else f.a_id end
                from matchmaking_freed_meeting f join matchmaking_slot s on s.id = f.slot_id join matchmaking_table t on t.id = f.table_id
                where f.event_id = ? and not exists (select 1 from matchmaking_meeting m where m.slot_id = f.slot_id and m.table_id = f.table_id)
                order by s.number, t.number""")
                .param(eventId)
                .query((rs, n) -> new FreedSlot(rs.getInt(1), rs.getInt(2), rs.getString(3), rs.getLong(4), rs.getLong(5))).list();
    }
}
