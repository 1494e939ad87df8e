package eu.clusterbridge.accounts.internal;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Security-relevant actions (sign-in, role changes, publication decisions, deletions), kept for administrators.
 * Written in the caller's transaction, so an action that rolls back leaves no entry.
 */
@Component
public class AuditLog {

    public record Entry(Instant at, Long accountId, String action, String detail, String remoteIp) {
    }

    private final JdbcClient jdbc;

    AuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(Long accountId, String action, String detail) {
        jdbc.sql("insert into accounts_audit_event (account_id, action, detail, remote_ip) values (?, ?, ?, ?)")
                .params(accountId, action, detail, remoteIp())
                .update();
    }

    public List<Entry> latest(int limit) {
        return jdbc.sql("select at, account_id, action, detail, remote_ip from accounts_audit_event order by at desc, id desc limit ?")
                .param(limit)
                .query(AuditLog::entry)
                .list();
    }

    public List<Entry> ofAccount(long accountId) {
        return jdbc.sql("select at, account_id, action, detail, remote_ip from accounts_audit_event where account_id = ? order by at, id")
                .param(accountId)
                .query(AuditLog::entry)
                .list();
    }

    private static Entry entry(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Entry(rs.getTimestamp(1).toInstant(), (Long) rs.getObject(2), rs.getString(3), rs.getString(4), rs.getString(5));
    }

    private static String remoteIp() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                ? request.getRequest().getRemoteAddr() : null;
    }
}
