package eu.clusterbridge.partnersearch.requests;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import eu.clusterbridge.directory.Organisation;
import eu.clusterbridge.directory.OrganisationNotFound;
import eu.clusterbridge.directory.Organisations;
import eu.clusterbridge.shared.FieldChecks;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's shortlist of possible partners (published organisations), each with an optional note. Saving an
 * organisation again replaces its note.
 */
@Service
@Transactional(readOnly = true)
public class Shortlists {

    public static final int MAX_NOTE = 500;

    private final JdbcClient jdbc;
    private final Organisations organisations;

    Shortlists(JdbcClient jdbc, Organisations organisations) {
        this.jdbc = jdbc;
        this.organisations = organisations;
    }

    /** A saved organisation with its note. */
    public record Entry(long organisationId, String key, String name, String type, String country, String note, Instant savedAt) {
    }

    @Transactional
    public void save(long accountId, Long organisationId, String note) {
        String text = note == null ? "" : note.strip();
        new FieldChecks().required("organisationId", organisationId).maxLength("note", text, MAX_NOTE)
                .when(organisationId != null && !published(organisationId), "organisationId", "is not a published organisation")
                .orThrow();
        jdbc.sql("""
                insert into partnersearch_shortlist (account_id, organisation_id, note) values (?, ?, ?)
                on conflict (account_id, organisation_id) do update set note = excluded.note""")
                .params(accountId, organisationId, text).update();
    }

    @Transactional
    public void remove(long accountId, long organisationId) {
        jdbc.sql("delete from partnersearch_shortlist where account_id = ? and organisation_id = ?").params(accountId, organisationId).update();
    }

    public List<Entry> of(long accountId) {
        record Row(long organisationId, String note, Instant savedAt) {
        }
        List<Row> rows = jdbc.sql("select organisation_id, note, created_at from partnersearch_shortlist where account_id = ? order by created_at, organisation_id")
                .param(accountId)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), PartnerRequestStore.instant(rs, "created_at"))).list();
        Map<Long, Organisation> byId = organisations.byIds(rows.stream().map(Row::organisationId).toList());
        return rows.stream().filter(r -> byId.containsKey(r.organisationId())).map(r -> {
            Organisation o = byId.get(r.organisationId());
            return new Entry(o.getId(), o.getKey(), o.getName(), o.getType(), o.getCountry(), r.note(), r.savedAt());
        }).toList();
    }

    public boolean contains(long accountId, long organisationId) {
        return jdbc.sql("select count(*) from partnersearch_shortlist where account_id = ? and organisation_id = ?")
                .params(accountId, organisationId).query(Long.class).single() > 0;
    }

    void forget(long accountId) {
        jdbc.sql("delete from partnersearch_shortlist where account_id = ?").param(accountId).update();
    }

    void forgetOrganisation(long organisationId) {
        jdbc.sql("delete from partnersearch_shortlist where organisation_id = ?").param(organisationId).update();
        jdbc.sql("delete from partnersearch_contact_message where organisation_id = ?").param(organisationId).update();
    }

    private boolean published(long organisationId) {
        try {
            return organisations.get(organisationId).isPublished();
        } catch (OrganisationNotFound notFound) {
            return false;
        }
    }
}
