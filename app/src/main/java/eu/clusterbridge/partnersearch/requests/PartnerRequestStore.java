package eu.clusterbridge.partnersearch.requests;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The requests, followers, interests and comments tables (V20), read into records. */
@Repository
class PartnerRequestStore {

    private static final String SELECT = "select id, organisation_id, poster_id, kind, title, description, sectors, value_chain_stages, "
            + "countries, deadline, community_event_id, matchmaking_event_id, status, created_at from partnersearch_request";

    private final JdbcClient jdbc;

    PartnerRequestStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long posterId, RequestDraft draft) {
        return jdbc.sql("""
                insert into partnersearch_request (organisation_id, poster_id, kind, title, description, sectors, value_chain_stages,
                    countries, deadline, community_event_id, matchmaking_event_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(draft.organisationId(), posterId, draft.kind().name(), draft.title().strip(), draft.description().strip(),
                        array(draft.sectors()), array(draft.valueChainStages()), array(draft.countries()), draft.deadline(),
                        draft.communityEventId(), draft.matchmakingEventId())
                .query(Long.class).single();
    }

    void update(long id, RequestDraft draft) {
        jdbc.sql("""
                update partnersearch_request set kind = ?, title = ?, description = ?, sectors = ?, value_chain_stages = ?, countries = ?,
                    deadline = ?, community_event_id = ?, matchmaking_event_id = ?, updated_at = now() where id = ?""")
                .params(draft.kind().name(), draft.title().strip(), draft.description().strip(), array(draft.sectors()),
                        array(draft.valueChainStages()), array(draft.countries()), draft.deadline(), draft.communityEventId(),
                        draft.matchmakingEventId(), id)
                .update();
    }

    /** Moves an open request to {@code status}; false if it was no longer open (closed or expired meanwhile). */
    boolean finish(long id, RequestStatus status) {
        return jdbc.sql("update partnersearch_request set status = ?, updated_at = now() where id = ? and status = 'OPEN'")
                .params(status.name(), id).update() == 1;
    }

    Optional<PartnerRequest> find(long id) {
        return jdbc.sql(SELECT + " where id = ?").param(id).query(PartnerRequestStore::row).optional();
    }

    List<PartnerRequest> open(RequestFilter filter) {
        StringBuilder sql = new StringBuilder(SELECT + " where status = 'OPEN'");
        List<Object> params = new ArrayList<>();
        condition(sql, params, " and ? = any(sectors)", filter.sector());
        condition(sql, params, " and ? = any(value_chain_stages)", filter.valueChainStage());
        condition(sql, params, " and ? = any(countries)", filter.country());
        condition(sql, params, " and kind = ?", filter.kind() == null ? null : filter.kind().name());
        return jdbc.sql(sql + " order by deadline, id").params(params).query(PartnerRequestStore::row).list();
    }

    List<PartnerRequest> postedFor(List<Long> organisationIds) {
        if (organisationIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " where organisation_id in (:ids) order by created_at desc").param("ids", organisationIds)
                .query(PartnerRequestStore::row).list();
    }

    /** Open requests whose deadline is before {@code today}, to be expired. */
    List<PartnerRequest> due(LocalDate today) {
        return jdbc.sql(SELECT + " where status = 'OPEN' and deadline < ? order by id").param(today).query(PartnerRequestStore::row).list();
    }

    boolean follow(long requestId, long accountId) {
        return jdbc.sql("insert into partnersearch_request_follower (request_id, account_id) values (?, ?) on conflict do nothing")
                .params(requestId, accountId).update() == 1;
    }

    void unfollow(long requestId, long accountId) {
        jdbc.sql("delete from partnersearch_request_follower where request_id = ? and account_id = ?").params(requestId, accountId).update();
    }

    List<Long> followers(long requestId) {
        return jdbc.sql("select account_id from partnersearch_request_follower where request_id = ? order by account_id")
                .param(requestId).query(Long.class).list();
    }

    boolean interestExists(long requestId, long organisationId) {
        return jdbc.sql("select count(*) from partnersearch_request_interest where request_id = ? and organisation_id = ?")
                .params(requestId, organisationId).query(Long.class).single() > 0;
    }

    long addInterest(long requestId, long accountId, long organisationId, String message) {
        return jdbc.sql("insert into partnersearch_request_interest (request_id, account_id, organisation_id, message) values (?, ?, ?, ?) returning id")
                .params(requestId, accountId, organisationId, message).query(Long.class).single();
    }

    List<Interest> interests(long requestId) {
        return jdbc.sql("select id, request_id, account_id, organisation_id, message, created_at from partnersearch_request_interest "
                        + "where request_id = ? order by created_at, id")
                .param(requestId)
                .query((rs, n) -> new Interest(rs.getLong("id"), rs.getLong("request_id"), rs.getLong("account_id"),
                        rs.getLong("organisation_id"), rs.getString("message"), instant(rs, "created_at")))
                .list();
    }

    long addComment(long requestId, long accountId, String text) {
        return jdbc.sql("insert into partnersearch_request_comment (request_id, account_id, text) values (?, ?, ?) returning id")
                .params(requestId, accountId, text).query(Long.class).single();
    }

    List<Comment> comments(long requestId) {
        return jdbc.sql("select id, request_id, account_id, text, created_at from partnersearch_request_comment where request_id = ? "
                        + "order by created_at, id")
                .param(requestId)
                .query((rs, n) -> new Comment(rs.getLong("id"), rs.getLong("request_id"), rs.getObject("account_id", Long.class),
                        rs.getString("text"), instant(rs, "created_at")))
                .list();
    }

    /** A deleted account: its follows and interests go, its comments stay without an author (GDPR erasure). */
    void forgetAccount(long accountId) {
        jdbc.sql("delete from partnersearch_request_follower where account_id = ?").param(accountId).update();
        jdbc.sql("delete from partnersearch_request_interest where account_id = ?").param(accountId).update();
        jdbc.sql("update partnersearch_request_comment set account_id = null where account_id = ?").param(accountId).update();
    }

    /** A deleted organisation: its requests (with their followers and comments) and its interest elsewhere go. */
    void forgetOrganisation(long organisationId) {
        jdbc.sql("delete from partnersearch_request_interest where organisation_id = ?").param(organisationId).update();
        jdbc.sql("delete from partnersearch_request where organisation_id = ?").param(organisationId).update();
    }

    private static void condition(StringBuilder sql, List<Object> params, String clause, String value) {
        if (value != null && !value.isBlank()) {
            sql.append(clause);
            params.add(value);
        }
    }

    private static String[] array(List<String> codes) {
        return codes.toArray(String[]::new);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static List<String> list(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static PartnerRequest row(ResultSet rs, int rowNumber) throws SQLException {
        return new PartnerRequest(rs.getLong("id"), rs.getLong("organisation_id"), rs.getLong("poster_id"),
                RequestKind.valueOf(rs.getString("kind")), rs.getString("title"), rs.getString("description"),
                list(rs.getArray("sectors")), list(rs.getArray("value_chain_stages")), list(rs.getArray("countries")),
                rs.getObject("deadline", LocalDate.class), rs.getObject("community_event_id", Long.class),
                rs.getObject("matchmaking_event_id", Long.class), RequestStatus.valueOf(rs.getString("status")), instant(rs, "created_at"));
    }
}
