package eu.clusterbridge.matchmaking;

import java.util.List;
import java.util.Map;

import eu.clusterbridge.matchmaking.internal.MarketplaceStore;
import eu.clusterbridge.shared.FieldChecks;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Browsing an event's participants and marketplace items: a text query and facets (participant type, country,
 * sector, item kind), counted and paged by the database. Public like the list of participants; contacts stay with
 * the organiser.
 */
@Service
@Transactional(readOnly = true)
public class Marketplace {

    public static final int PAGE_SIZE = 20;

    private final MatchmakingEvents events;
    private final MarketplaceStore store;

    Marketplace(MatchmakingEvents events, MarketplaceStore store) {
        this.events = events;
        this.store = store;
    }

    public Result search(long eventId, Query query) {
        events.get(eventId);
        return store.search(eventId, query, PAGE_SIZE);
    }

    /** What was asked; blank values mean "any". {@code page} counts from 0. */
    public record Query(String text, String type, String country, String sector, ItemKind kind, int page) {

        public Query {
            page = Math.max(0, page);
        }

        /** The query as request parameters give it; an item kind that is not one of the choices is a field error. */
        public static Query parse(String text, String type, String country, String sector, String kind, int page) {
            FieldChecks checks = new FieldChecks();
            ItemKind itemKind = checks.choice("kind", kind, ItemKind.class);
            checks.orThrow();
            return new Query(text, type, country, sector, itemKind, page);
        }
    }

    /** One participant with the items that matched (all its items when no item filter applies). */
    public record Hit(long participantId, String displayName, String typeCode, String country, List<String> sectors, String profile,
                      List<Item> items) {
    }

    public record Item(ItemKind kind, String title, String description, String cooperationType, Map<String, String> fields) {
    }

    /** A page of hits, the total number of matching participants, and the facet counts (value → participants). */
    public record Result(List<Hit> hits, long total, int page, Map<String, Map<String, Long>> facets) {

        public int pages() {
            return (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        }
    }
}
