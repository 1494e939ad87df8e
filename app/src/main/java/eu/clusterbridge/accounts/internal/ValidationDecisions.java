package eu.clusterbridge.accounts.internal;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The validation audit trail: every submission and decision, in order, never rewritten. */
@Component
class ValidationDecisions {

    public enum Outcome { SUBMITTED, PUBLISHED, RETURNED }

    public record Decision(Instant at, Outcome outcome, String reasons, Long accountId) {
    }

    private final JdbcClient jdbc;

    ValidationDecisions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(long organisationId, Outcome outcome, String reasons, long accountId) {
        jdbc.sql("insert into accounts_validation_decision (organisation_id, outcome, reasons, account_id) values (?, ?, ?, ?)")
                .params(organisationId, outcome.name(), reasons, accountId)
                .update();
    }

    List<Decision> of(long organisationId) {
        return jdbc.sql("select decided_at, outcome, reasons, account_id from accounts_validation_decision where organisation_id = ? order by decided_at, id")
                .param(organisationId)
                .query((rs, row) -> new Decision(rs.getTimestamp(1).toInstant(), Outcome.valueOf(rs.getString(2)), rs.getString(3),
                        (Long) rs.getObject(4)))
                .list();
    }
}
