package eu.clusterbridge.matchmaking.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import eu.clusterbridge.matchmaking.ItemKind;
import eu.clusterbridge.matchmaking.Marketplace;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The marketplace search in SQL: the filters become one {@code where} over the event's participants, the facets
 * {@code group by}s over the same filtered set (each facet ignores its own filter, so its other values stay
 * choosable), and the page a {@code limit/offset} in a stable order.
 */
@Repository
public class MarketplaceStore {

    private final JdbcClient jdbc;

    public MarketplaceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Marketplace.Result search(long eventId, Marketplace.Query q, int pageSize) {
        Filter all = filter(eventId, q, null);
        long total = jdbc.sql("select count(*) from matchmaking_participant p left join matchmaking_participant_type t on t.id = p.type_id"
                + all.where).params(all.params).query(Long.class).single();
        List<Object> params = new ArrayList<>(all.params);
        params.add(pageSize);
        params.add((long) q.page() * pageSize);
        List<Marketplace.Hit> hits = jdbc.sql("""
                select p.id, p.display_name, t.code, p.country, p.sectors, p.profile
                from matchmaking_participant p left join matchmaking_participant_type t on t.id = p.type_id"""
                + all.where + " order by lower(p.display_name), p.id limit ? offset ?")
                .params(params).query((rs, n) -> new Marketplace.Hit(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        Arrays.asList((String[]) rs.getArray(5).getArray()), rs.getString(6), new ArrayList<>())).list();
        attachItems(hits, q);
        Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
        facets.put("type", facet(eventId, q, "type", "t.code"));
        facets.put("country", facet(eventId, q, "country", "p.country"));
        facets.put("sector", facet(eventId, q, "sector", "unnest(p.sectors)"));
        facets.put("kind", facet(eventId, q, "kind", "i.kind"));
        return new Marketplace.Result(hits, total, q.page(), facets);
    }

    private Map<String, Long> facet(long eventId, Marketplace.Query q, String name, String expression) {
        Filter f = filter(eventId, q, name);
        String join = name.equals("kind") ? " join matchmaking_item i on i.participant_id = p.id" : "";
        String sql = "select v, count(distinct id) from (select " + expression + " as v, p.id from matchmaking_participant p"
                + " left join matchmaking_participant_type t on t.id = p.type_id" + join + f.where + ") x where v is not null"
                + " group by v order by count(distinct id) desc, v limit 30";
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.sql(sql).params(f.params).query(rs -> {
            counts.put(rs.getString(1), rs.getLong(2));
        });
        return counts;
    }

    private void attachItems(List<Marketplace.Hit> hits, Marketplace.Query q) {
        if (hits.isEmpty()) {
            return;
        }
        Map<Long, Marketplace.Hit> byId = new LinkedHashMap<>();
        hits.forEach(h -> byId.put(h.participantId(), h));
        jdbc.sql("select participant_id, kind, title, description, cooperation_type, fields::text from matchmaking_item "
                        + "where participant_id = any(?) order by id")
                .param(byId.keySet().toArray(Long[]::new)).query(rs -> {
                    ItemKind kind = ItemKind.valueOf(rs.getString(2));
                    if (q.kind() == null || q.kind() == kind) {
                        byId.get(rs.getLong(1)).items().add(new Marketplace.Item(kind, rs.getString(3), rs.getString(4), rs.getString(5),
                                ParticipantStore.fields(rs.getString(6))));
                    }
                });
    }

    /** The where clause of the query's filters, leaving out the facet {@code except} (null: all filters). */
    private static Filter filter(long eventId, Marketplace.Query q, String except) {
        StringBuilder where = new StringBuilder(" where p.event_id = ?");
        List<Object> params = new ArrayList<>(List.of(eventId));
        if (q.text() != null && !q.text().isBlank()) {
            String like = "%" + q.text().strip().toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            where.append(" and (lower(p.display_name) like ? or lower(coalesce(p.profile, '')) like ? or exists (select 1 from "
                    + "matchmaking_item s where s.participant_id = p.id and (lower(s.title) like ? or lower(coalesce(s.description, '')) like ?)))");
            params.addAll(List.of(like, like, like, like));
        }
        if (!"type".equals(except) && q.type() != null && !q.type().isBlank()) {
            where.append(" and t.code = ?");
            params.add(q.type());
        }
        if (!"country".equals(except) && q.country() != null && !q.country().isBlank()) {
            where.append(" and p.country = ?");
            params.add(q.country());
        }
        if (!"sector".equals(except) && q.sector() != null && !q.sector().isBlank()) {
            where.append(" and ? = any(p.sectors)");
            params.add(q.sector());
        }
        if (!"kind".equals(except) && q.kind() != null) {
            where.append(" and exists (select 1 from matchmaking_item k where k.participant_id = p.id and k.kind = ?)");
            params.add(q.kind().name());
        }
        return new Filter(where.toString(), params);
    }

    private record Filter(String where, List<Object> params) {
    }
}
