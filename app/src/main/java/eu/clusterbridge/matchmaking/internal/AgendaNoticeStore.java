package eu.clusterbridge.matchmaking.internal;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Calendar feed tokens, the agenda fingerprints last mailed, and the events' reminders. */
@Repository
public class AgendaNoticeStore {

    private final JdbcClient jdbc;

    public AgendaNoticeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<String> token(long participantId) {
        return jdbc.sql("select calendar_token from matchmaking_participant where id = ?").param(participantId)
                .query(String.class).optional();
    }

    public void setToken(long participantId, String token) {
        jdbc.sql("update matchmaking_participant set calendar_token = ? where id = ?").params(token, participantId).update();
    }

    public Optional<Long> participantOfToken(String token) {
        return jdbc.sql("select id from matchmaking_participant where calendar_token = ?").param(token).query(Long.class).optional();
    }

    /** Fingerprint last mailed, per participant of the event. */
    public Map<Long, String> fingerprints(long eventId) {
        Map<Long, String> result = new HashMap<>();
        jdbc.sql("""
                select n.participant_id, n.fingerprint from matchmaking_agenda_notice n
                join matchmaking_participant p on p.id = n.participant_id where p.event_id = ?""").param(eventId)
                .query(rs -> {
                    result.put(rs.getLong(1), rs.getString(2));
                });
        return result;
    }

    public void noted(long participantId, String fingerprint, OffsetDateTime at) {
        jdbc.sql("""
                insert into matchmaking_agenda_notice (participant_id, fingerprint, sent_at) values (?, ?, ?)
                on conflict (participant_id) do update set fingerprint = excluded.fingerprint, sent_at = excluded.sent_at""")
                .params(participantId, fingerprint, at).update();
    }

    /** Published events not yet reminded. */
    public List<Long> publishedUnreminded() {
        return jdbc.sql("select id from matchmaking_event where status = 'PUBLISHED' and reminded_at is null order by id")
                .query(Long.class).list();
    }

    public List<Long> published() {
        return jdbc.sql("select id from matchmaking_event where status = 'PUBLISHED' order by id").query(Long.class).list();
    }

    /** Marks the event reminded; false if another run did it first. */
    public boolean markReminded(long eventId, OffsetDateTime at) {
        return jdbc.sql("update matchmaking_event set reminded_at = ? where id = ? and reminded_at is null").params(at, eventId).update() == 1;
    }
}
