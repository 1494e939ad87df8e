package eu.clusterbridge.search;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import eu.clusterbridge.directory.Organisation;
import eu.clusterbridge.partnerships.Partnership;
import eu.clusterbridge.search.internal.FacetLabels;
import eu.clusterbridge.search.internal.HitMapper;
import jakarta.persistence.EntityManager;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.common.ValueModel;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Searches organisations and partnerships in one ranked list, with multi-select facet counts. */
@Service
@Transactional(readOnly = true)
public class DirectorySearch {

    /** Enough to count every value a facet can have (about 300 NUTS regions), so no count is truncated. */
    private static final int MAX_FACET_VALUES = 1000;

    private final EntityManager entityManager;
    private final FacetLabels labels;

    DirectorySearch(EntityManager entityManager, FacetLabels labels) {
        this.entityManager = entityManager;
        this.labels = labels;
    }

    public SearchPage search(SearchQuery query) {
        SearchSession session = Search.session(entityManager);
        SearchScope<Object> scope = session.scope(List.of(Organisation.class, Partnership.class));
        Map<Facet, AggregationKey<Map<String, Long>>> keys = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            keys.put(facet, AggregationKey.of(facet.parameter()));
        }

        var search = session.search(scope)
                .select(f -> f.composite().from(f.entity(), f.score()).as(HitMapper::hit))
                .where(predicate(scope.predicate(), query, null));
        for (Facet facet : Facet.values()) {
            if (query.selected(facet).isEmpty()) {
                search = search.aggregation(keys.get(facet), f -> f.terms().field(facet.field(), String.class, ValueModel.INDEX).maxTermCount(MAX_FACET_VALUES));
            }
        }
        SearchResult<SearchPage.Hit> result = (query.text().isEmpty()
                ? search.sort(f -> f.field("name_sort"))
                : search.sort(f -> f.score().then().field("name_sort")))
                .fetch(query.page() * query.size(), query.size());

        Map<String, List<SearchPage.FacetValue>> facets = new LinkedHashMap<>();
        for (Facet facet : Facet.values()) {
            Map<String, Long> counts = query.selected(facet).isEmpty()
                    ? result.aggregation(keys.get(facet))
                    : countWithoutOwnFilter(session, scope, query, facet, keys.get(facet));
            facets.put(facet.parameter(), values(facet, counts, query.selected(facet)));
        }
        return new SearchPage(result.hits(), result.total().hitCount(), query.page(), query.size(), facets);
    }

    /** A facet's counts under every filter but its own: what the user would get by adding one of its values. */
    private Map<String, Long> countWithoutOwnFilter(SearchSession session, SearchScope<Object> scope, SearchQuery query,
                                                    Facet facet, AggregationKey<Map<String, Long>> key) {
        return session.search(scope)
                .where(predicate(scope.predicate(), query, facet))
                .aggregation(key, f -> f.terms().field(facet.field(), String.class, ValueModel.INDEX).maxTermCount(MAX_FACET_VALUES))
                .fetch(0)
                .aggregation(key);
    }

    private static SearchPredicate predicate(SearchPredicateFactory f, SearchQuery query, Facet leaveOut) {
        var bool = f.bool();
        if (query.text().isEmpty()) {
            bool.must(f.matchAll());
        } else {
            bool.must(f.simpleQueryString()
                    .field("name").boost(4f)
                    .field("aliases").boost(4f)
                    .fields("description", "objectives", "activities", "details", "services")
                    .matching(query.text())
                    .defaultOperator(BooleanOperator.AND));
        }
        // Organisations that are not published (drafts, under validation) never show; partnerships have no status.
        bool.filter(f.or(f.match().field("kind").matching("PARTNERSHIP", ValueModel.INDEX),
                f.match().field("status").matching("PUBLISHED", ValueModel.INDEX)));
        query.filters().forEach((facet, values) -> {
            if (facet != leaveOut) {
                bool.filter(f.terms().field(facet.field()).matchingAny(values, ValueModel.INDEX));
            }
        });
        return bool.toPredicate();
    }

    private List<SearchPage.FacetValue> values(Facet facet, Map<String, Long> counts, List<String> selected) {
        List<SearchPage.FacetValue> values = new ArrayList<>();
        counts.forEach((value, count) -> values.add(
                new SearchPage.FacetValue(value, labels.label(facet, value), count, selected.contains(value))));
        for (String value : selected) {
            if (!counts.containsKey(value)) {
                values.add(new SearchPage.FacetValue(value, labels.label(facet, value), 0, true));
            }
        }
        return values;
    }
}
