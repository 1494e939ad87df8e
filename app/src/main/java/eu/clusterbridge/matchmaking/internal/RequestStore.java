package eu.clusterbridge.matchmaking.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import eu.clusterbridge.matchmaking.MeetingRequest;
import eu.clusterbridge.matchmaking.RequestStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class RequestStore {

    private static final String SELECT = "select id, event_id, requester_id, target_id, priority, message, status, created_at, "
            + "expires_at from matchmaking_request";

    private final JdbcClient jdbc;

    public RequestStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(long eventId, long requester, long target, int priority, String message, RequestStatus status,
                       OffsetDateTime expiresAt) {
        return jdbc.sql("""
                insert into matchmaking_request (event_id, requester_id, target_id, priority, message, status, expires_at,
                    decided_at) values (?, ?, ?, ?, ?, ?, ?, case when ? = 'ACCEPTED' then now() end) returning id""")
                .params(eventId, requester, target, priority, message, status.name(), expiresAt, status.name())
                .query(Long.class).single();
    }

    public Optional<MeetingRequest> find(long id) {
        return jdbc.sql(SELECT + " where id = ?").param(id).query(RequestStore::row).optional();
    }

    public List<MeetingRequest> ofEvent(long eventId) {
        return jdbc.sql(SELECT + " where event_id = ? order by id").param(eventId).query(RequestStore::row).list();
    }

    public List<MeetingRequest> accepted(long eventId) {
        return jdbc.sql(SELECT + " where event_id = ? and status = 'ACCEPTED' order by id").param(eventId).query(RequestStore::row).list();
    }

    public boolean openExists(long requester, long target) {
        return jdbc.sql("select count(*) from matchmaking_request where requester_id = ? and target_id = ? and status in ('PENDING', 'ACCEPTED')")
                .params(requester, target).query(Long.class).single() > 0;
    }

    /** Moves a request on only from the status it was read in, so two concurrent answers cannot both win. */
    public boolean transition(long id, RequestStatus from, RequestStatus to) {
        return jdbc.sql("update matchmaking_request set status = ?, decided_at = now() where id = ? and status = ?")
                .params(to.name(), id, from.name()).update() == 1;
    }

    /** Pending requests past their expiry become EXPIRED; returns how many. */
    public int expireDue(long eventId) {
        return jdbc.sql("update matchmaking_request set status = 'EXPIRED', decided_at = now() "
                        + "where event_id = ? and status = 'PENDING' and expires_at < now()")
                .param(eventId).update();
    }

    /** Pending requests of every event past their expiry at {@code now} become EXPIRED; returns how many. */
    public int expireAllDue(OffsetDateTime now) {
        return jdbc.sql("update matchmaking_request set status = 'EXPIRED', decided_at = ? where status = 'PENDING' and expires_at < ?")
                .params(now, now).update();
    }

    public List<MeetingRequest> ofParticipants(java.util.Collection<Long> participantIds) {
        Long[] ids = participantIds.toArray(Long[]::new);
        return jdbc.sql(SELECT + " where requester_id = any(?) or target_id = any(?) order by id desc").params(ids, ids)
                .query(RequestStore::row).list();
    }

    private static MeetingRequest row(ResultSet rs, int n) throws SQLException {
        return new MeetingRequest(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getInt(5), rs.getString(6),
                RequestStatus.valueOf(rs.getString(7)), rs.getObject(8, OffsetDateTime.class), rs.getObject(9, OffsetDateTime.class));
    }
}
