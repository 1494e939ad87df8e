package eu.clusterbridge.matchmaking.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import eu.clusterbridge.matchmaking.Participant;
import eu.clusterbridge.matchmaking.Registration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Participants, the sessions they attend, the slots they are not available in, and their marketplace items. */
@Repository
public class ParticipantStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String SELECT = """
            select p.id, p.event_id, p.organisation_id, p.display_name, t.code, p.contact_name, p.contact_email, p.profile,
                   p.max_meetings
            from matchmaking_participant p left join matchmaking_participant_type t on t.id = p.type_id""";

    private final JdbcClient jdbc;

    public ParticipantStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(long eventId, String displayName, Long typeId, Registration r, String country, List<String> sectors) {
        return jdbc.sql("""
                insert into matchmaking_participant (event_id, organisation_id, display_name, type_id, contact_name,
                    contact_email, profile, max_meetings, country, sectors) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(eventId, r.organisationId(), displayName, typeId, r.contactName(), r.contactEmail(), r.profile(), r.maxMeetings(),
                        country, sectors == null ? new String[0] : sectors.toArray(String[]::new))
                .query(Long.class).single();
    }

    public void update(long id, Long typeId, Registration r) {
        jdbc.sql("""
                update matchmaking_participant set type_id = ?, contact_name = ?, contact_email = ?, profile = ?, max_meetings = ?
                where id = ?""")
                .params(typeId, r.contactName(), r.contactEmail(), r.profile(), r.maxMeetings(), id).update();
    }

    /** Removes the sessions, unavailable slots and items of a participant, to be saved again. */
    public void clearChoices(long id) {
        jdbc.sql("delete from matchmaking_attendance where participant_id = ?").param(id).update();
        jdbc.sql("delete from matchmaking_unavailable where participant_id = ?").param(id).update();
        jdbc.sql("delete from matchmaking_item where participant_id = ?").param(id).update();
    }

    public void delete(long id) {
        jdbc.sql("delete from matchmaking_participant where id = ?").param(id).update();
    }

    public List<Participant> ofOrganisations(java.util.Collection<Long> organisationIds) {
        return jdbc.sql(SELECT + " where p.organisation_id = any(?) order by p.event_id desc, p.display_name")
                .param(organisationIds.toArray(Long[]::new)).query(ParticipantStore::row).list();
    }

    public void attend(long participantId, List<Long> sessionIds) {
        for (Long session : sessionIds) {
            jdbc.sql("insert into matchmaking_attendance (participant_id, session_id) values (?, ?)").params(participantId, session).update();
        }
    }

    public void markUnavailable(long participantId, List<Long> slotIds) {
        for (Long slot : slotIds) {
            jdbc.sql("insert into matchmaking_unavailable (participant_id, slot_id) values (?, ?) on conflict do nothing")
                    .params(participantId, slot).update();
        }
    }

    public void addItem(long participantId, Registration.Item item) {
        jdbc.sql("""
                insert into matchmaking_item (participant_id, kind, title, description, cooperation_type, fields)
                values (?, ?, ?, ?, ?, cast(? as jsonb))""")
                .params(participantId, item.kind().name(), item.title().strip(), item.description(), item.cooperationType(),
                        JSON.writeValueAsString(item.fields()))
                .update();
    }

    public Optional<Participant> find(long id) {
        return jdbc.sql(SELECT + " where p.id = ?").param(id).query(ParticipantStore::row).optional();
    }

    public List<Participant> ofEvent(long eventId) {
        return jdbc.sql(SELECT + " where p.event_id = ? order by p.display_name, p.id").param(eventId).query(ParticipantStore::row).list();
    }

    public List<Participant> byIds(java.util.Collection<Long> ids) {
        return jdbc.sql(SELECT + " where p.id = any(?)").param(ids.toArray(Long[]::new)).query(ParticipantStore::row).list();
    }

    public boolean registered(long eventId, long organisationId) {
        return jdbc.sql("select count(*) from matchmaking_participant where event_id = ? and organisation_id = ?")
                .params(eventId, organisationId).query(Long.class).single() > 0;
    }

    /** Session ids attended, per participant; a participant without rows attends every session. */
    public Map<Long, Set<Long>> attendance(long eventId) {
        return pairs("""
                select a.participant_id, a.session_id from matchmaking_attendance a
                join matchmaking_participant p on p.id = a.participant_id where p.event_id = ?""", eventId);
    }

    /** Slot ids marked unavailable, per participant. */
    public Map<Long, Set<Long>> unavailable(long eventId) {
        return pairs("""
                select u.participant_id, u.slot_id from matchmaking_unavailable u
                join matchmaking_participant p on p.id = u.participant_id where p.event_id = ?""", eventId);
    }

    public List<ItemRow> items(long participantId) {
        return jdbc.sql("select kind, title, description, cooperation_type, fields::text from matchmaking_item where participant_id = ? order by id")
                .param(participantId).query((rs, n) -> new ItemRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        fields(rs.getString(5)))).list();
    }

    @SuppressWarnings("unchecked")
    static Map<String, String> fields(String json) {
        return json == null ? Map.of() : new java.util.TreeMap<>(JSON.readValue(json, Map.class));
    }

    public void deleteOfOrganisation(long organisationId) {
        jdbc.sql("delete from matchmaking_participant where organisation_id = ?").param(organisationId).update();
    }

    /** A marketplace item as stored, with the custom fields (name → value) its participant filled in. */
    public record ItemRow(String kind, String title, String description, String cooperationType, Map<String, String> fields) {
    }

    private Map<Long, Set<Long>> pairs(String sql, long eventId) {
        Map<Long, Set<Long>> result = new HashMap<>();
        jdbc.sql(sql).param(eventId).query(rs -> {
            result.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getLong(2));
        });
        return result;
    }

    private static Participant row(ResultSet rs, int n) throws SQLException {
        return new Participant(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5), rs.getString(6),
                rs.getString(7), rs.getString(8), rs.getObject(9, Integer.class));
    }
}
