package eu.clusterbridge.matchmaking.internal;

import java.util.List;
import java.util.Optional;

import eu.clusterbridge.matchmaking.EventSetup;
import eu.clusterbridge.matchmaking.MatchmakingEvent;
import eu.clusterbridge.matchmaking.RequestMode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The event rows themselves; the parts of the set-up are in {@link SetupStore}. */
@Repository
public class EventStore {

    private static final String COLUMNS = "id, key, name, venue, online, time_zone, registration_deadline, slot_minutes, "
            + "pause_minutes, request_mode, request_expiry_days, any_to_any, max_meetings, fairness, max_meetings_per_session, "
            + "status, schedule_version, organiser_id";

    private final JdbcClient jdbc;

    public EventStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(String key, EventSetup s, Long organiserId) {
        return jdbc.sql("""
                insert into matchmaking_event (key, name, venue, online, time_zone, registration_deadline, slot_minutes,
                    pause_minutes, request_mode, request_expiry_days, any_to_any, max_meetings, fairness, max_meetings_per_session,
                    organiser_id)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(key, s.name().strip(), s.venue(), s.online(), s.timeZone(), s.registrationDeadline(), s.slotMinutes(),
                        s.pauseMinutes(), s.requestMode().name(), s.requestExpiryDays(), s.anyToAny(), s.maxMeetings(), s.fairness(),
                        s.maxMeetingsPerSession(), organiserId)
                .query(Long.class).single();
    }

    public void update(long id, EventSetup s) {
        jdbc.sql("""
                update matchmaking_event set name = ?, venue = ?, online = ?, time_zone = ?, registration_deadline = ?,
                    slot_minutes = ?, pause_minutes = ?, request_mode = ?, request_expiry_days = ?, any_to_any = ?,
                    max_meetings = ?, fairness = ?, max_meetings_per_session = ? where id = ?""")
                .params(s.name().strip(), s.venue(), s.online(), s.timeZone(), s.registrationDeadline(), s.slotMinutes(),
                        s.pauseMinutes(), s.requestMode().name(), s.requestExpiryDays(), s.anyToAny(), s.maxMeetings(),
                        s.fairness(), s.maxMeetingsPerSession(), id)
                .update();
    }

    public Optional<MatchmakingEvent> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from matchmaking_event where id = ?").param(id).query(EventStore::row).optional();
    }

    public Optional<MatchmakingEvent> findByKey(String key) {
        return jdbc.sql("select " + COLUMNS + " from matchmaking_event where key = ?").param(key).query(EventStore::row).optional();
    }

    /** The event row locked until the end of the transaction: changes of its schedule queue up behind each other. */
    public Optional<MatchmakingEvent> lock(long id) {
        return jdbc.sql("select " + COLUMNS + " from matchmaking_event where id = ? for update").param(id).query(EventStore::row).optional();
    }

    public List<MatchmakingEvent> all() {
        return jdbc.sql("select " + COLUMNS + " from matchmaking_event order by id desc").query(EventStore::row).list();
    }

    /** Events organised by any of these organisations, newest first. */
    public List<MatchmakingEvent> organisedBy(java.util.Collection<Long> organisationIds) {
        return jdbc.sql("select " + COLUMNS + " from matchmaking_event where organiser_id = any(?) order by id desc")
                .param(organisationIds.toArray(Long[]::new)).query(EventStore::row).list();
    }

    public boolean keyExists(String key) {
        return jdbc.sql("select count(*) from matchmaking_event where key = ?").param(key).query(Long.class).single() > 0;
    }

    public void bumpScheduleVersion(long id) {
        jdbc.sql("update matchmaking_event set schedule_version = schedule_version + 1 where id = ?").param(id).update();
    }

    public void setStatus(long id, String status) {
        jdbc.sql("update matchmaking_event set status = ? where id = ?").params(status, id).update();
    }

    private static MatchmakingEvent row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new MatchmakingEvent(rs.getLong("id"), rs.getString("key"), rs.getString("name"), rs.getString("venue"),
                rs.getBoolean("online"), rs.getString("time_zone"), rs.getObject("registration_deadline", java.time.LocalDate.class),
                rs.getInt("slot_minutes"), rs.getInt("pause_minutes"), RequestMode.valueOf(rs.getString("request_mode")),
                rs.getObject("request_expiry_days", Integer.class), rs.getBoolean("any_to_any"),
                rs.getObject("max_meetings", Integer.class), rs.getObject("fairness", Integer.class),
                rs.getObject("max_meetings_per_session", Integer.class),
                rs.getString("status"), rs.getLong("schedule_version"), rs.getObject("organiser_id", Long.class));
    }
}
