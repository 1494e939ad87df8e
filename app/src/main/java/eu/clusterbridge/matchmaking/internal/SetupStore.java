package eu.clusterbridge.matchmaking.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;

import eu.clusterbridge.matchmaking.EventParts.BookingRule;
import eu.clusterbridge.matchmaking.EventParts.ParticipantType;
import eu.clusterbridge.matchmaking.EventParts.Session;
import eu.clusterbridge.matchmaking.EventParts.Slot;
import eu.clusterbridge.matchmaking.EventParts.Table;
import eu.clusterbridge.matchmaking.EventSetup;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Sessions, slots, tables, participant types and booking rules of events. */
@Repository
public class SetupStore {

    private final JdbcClient jdbc;

    public SetupStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Session> sessions(long eventId) {
        return jdbc.sql("select id, name, day, starts, ends from matchmaking_session where event_id = ? order by day, starts")
                .param(eventId).query((rs, n) -> new Session(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                        rs.getObject(4, LocalTime.class), rs.getObject(5, LocalTime.class))).list();
    }

    public List<Slot> slots(long eventId) {
        return jdbc.sql("select id, session_id, number, starts_at, ends_at from matchmaking_slot where event_id = ? order by number")
                .param(eventId).query((rs, n) -> new Slot(rs.getLong(1), rs.getLong(2), rs.getInt(3),
                        rs.getObject(4, OffsetDateTime.class), rs.getObject(5, OffsetDateTime.class))).list();
    }

    public List<Table> tables(long eventId) {
        return jdbc.sql("select id, number, name, host_id from matchmaking_table where event_id = ? order by number")
                .param(eventId).query((rs, n) -> new Table(rs.getLong(1), rs.getInt(2), rs.getString(3),
                        rs.getObject(4, Long.class))).list();
    }

    public List<ParticipantType> types(long eventId) {
        return jdbc.sql("select id, code, name, max_meetings from matchmaking_participant_type where event_id = ? order by id")
                .param(eventId).query((rs, n) -> new ParticipantType(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, Integer.class))).list();
    }

    public List<BookingRule> rules(long eventId) {
        return jdbc.sql("""
                select r.code, t.code from matchmaking_booking_rule b
                join matchmaking_participant_type r on r.id = b.requester_type
                join matchmaking_participant_type t on t.id = b.target_type
                where b.event_id = ? order by r.code, t.code""")
                .param(eventId).query((rs, n) -> new BookingRule(rs.getString(1), rs.getString(2))).list();
    }

    /** Replaces the sessions and their slots; marked unavailable slots go with them. */
    public void replaceSessions(long eventId, EventSetup setup, java.time.ZoneId zone) {
        jdbc.sql("delete from matchmaking_session where event_id = ?").param(eventId).update();
        List<Long> ids = setup.sessions().stream().map(s -> jdbc.sql(
                        "insert into matchmaking_session (event_id, name, day, starts, ends) values (?, ?, ?, ?, ?) returning id")
                .params(eventId, sessionName(s), s.day(), s.starts(), s.ends()).query(Long.class).single()).toList();
        for (SlotPlanner.PlannedSlot slot : SlotPlanner.plan(setup.sessions(), setup.slotMinutes(), setup.pauseMinutes(), zone)) {
            jdbc.sql("insert into matchmaking_slot (event_id, session_id, number, starts_at, ends_at) values (?, ?, ?, ?, ?)")
                    .params(eventId, ids.get(slot.session()), slot.number(), slot.startsAt(), slot.endsAt()).update();
        }
    }

    /** New names for sessions whose times stay (matched by day and start). */
    public void renameSessions(long eventId, EventSetup setup) {
        for (EventSetup.SessionSpec s : setup.sessions()) {
            jdbc.sql("update matchmaking_session set name = ? where event_id = ? and day = ? and starts = ?")
                    .params(sessionName(s), eventId, s.day(), s.starts()).update();
        }
    }

    /** Replaces the shared tables; own tables of hosts stay and are numbered after them. */
    public void replaceSharedTables(long eventId, List<String> names) {
        jdbc.sql("delete from matchmaking_table where event_id = ? and host_id is null").param(eventId).update();
        for (int i = 0; i < names.size(); i++) {
            jdbc.sql("insert into matchmaking_table (event_id, number, name) values (?, ?, ?)").params(eventId, i + 1, names.get(i)).update();
        }
        jdbc.sql("""
                update matchmaking_table t set number = ? + o.rank from (
                    select id, row_number() over (order by number, id) as rank from matchmaking_table
                    where event_id = ? and host_id is not null) o
                where t.id = o.id""").params(names.size(), eventId).update();
    }

    public long addOwnTable(long eventId, String name, long hostId) {
        int next = jdbc.sql("select coalesce(max(number), 0) + 1 from matchmaking_table where event_id = ?").param(eventId)
                .query(Integer.class).single();
        return jdbc.sql("insert into matchmaking_table (event_id, number, name, host_id) values (?, ?, ?, ?) returning id")
                .params(eventId, next, name, hostId).query(Long.class).single();
    }

    /** Types are kept by code (participants refer to them); rules are replaced. */
    public void replaceTypesAndRules(long eventId, EventSetup setup) {
        for (EventSetup.TypeSpec t : setup.types()) {
            jdbc.sql("""
                    insert into matchmaking_participant_type (event_id, code, name, max_meetings) values (?, ?, ?, ?)
                    on conflict (event_id, code) do update set name = excluded.name, max_meetings = excluded.max_meetings""")
                    .params(eventId, t.code().strip(), t.name().strip(), t.maxMeetings()).update();
        }
        jdbc.sql("delete from matchmaking_booking_rule where event_id = ?").param(eventId).update();
        List<String> codes = setup.types().stream().map(t -> t.code().strip()).toList();
        jdbc.sql("delete from matchmaking_participant_type where event_id = ? and not (code = any(?))")
                .params(eventId, codes.toArray(String[]::new)).update();
        for (EventSetup.RuleSpec r : setup.rules()) {
            jdbc.sql("""
                    insert into matchmaking_booking_rule (event_id, requester_type, target_type)
                    select ?, r.id, t.id from matchmaking_participant_type r, matchmaking_participant_type t
                    where r.event_id = ? and r.code = ? and t.event_id = ? and t.code = ? on conflict do nothing""")
                    .params(eventId, eventId, r.requester().strip(), eventId, r.target().strip()).update();
        }
    }

    /** Codes of types that participants use, so a set-up that drops them can be refused with a clear message. */
    public List<String> typesInUse(long eventId) {
        return jdbc.sql("""
                select distinct t.code from matchmaking_participant p join matchmaking_participant_type t on t.id = p.type_id
                where p.event_id = ?""").param(eventId).query(String.class).list();
    }

    private static String sessionName(EventSetup.SessionSpec s) {
        return s.name() == null || s.name().isBlank() ? s.day() + " " + s.starts() + "–" + s.ends() : s.name().strip();
    }
}
