package eu.clusterbridge.partnersearch.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import eu.clusterbridge.directory.Organisation;
import eu.clusterbridge.directory.Organisations;
import eu.clusterbridge.partnersearch.RecommendationFilters;
import eu.clusterbridge.taxonomy.Taxonomy;
import eu.clusterbridge.taxonomy.ValueChainStage;
import jakarta.persistence.EntityManager;
import org.hibernate.search.engine.search.common.ValueModel;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.stereotype.Component;

/**
 * Finds the few hundred organisations worth scoring, so ranking never touches the whole directory: the best text
 * matches, the best structural matches (shared sectors and markets, stages the seeker lacks) and the seeker's
 * network neighbours. Every candidate gets its exact text score from the index (a second, id-filtered query for
 * those the text query did not return), so the text signal means the same whichever way a candidate was found.
 */
@Component
public class CandidateRetrieval {

    static final int TEXT_CANDIDATES = 150;
    static final int STRUCTURE_CANDIDATES = 150;
    static final int NETWORK_CANDIDATES = 200;
    /**
     * Query words kept, competences first (see the seeker factory's text order): a disjunction of many common words
     * over 100,000 profiles is what the time goes on, and the first words say the most.
     */
    static final int QUERY_WORDS = 12;
    private static final String[] TEXT_FIELDS = {"name", "aliases", "description", "activities", "services"};

    private record Found(Long id, float score) {
    }

    private final EntityManager entityManager;
    private final Organisations organisations;
    private final Taxonomy taxonomy;

    CandidateRetrieval(EntityManager entityManager, Organisations organisations, Taxonomy taxonomy) {
        this.entityManager = entityManager;
        this.organisations = organisations;
        this.taxonomy = taxonomy;
    }

    public List<Candidate> candidates(Seeker seeker, RecommendationFilters filters, CoPartnershipGraph graph, Names names) {
        SearchSession session = Search.session(entityManager);
        String text = Words.query(seeker.text(), QUERY_WORDS);
        Set<Long> excluded = new HashSet<>(seeker.members());
        excluded.addAll(seeker.excludedCandidates());

        Map<Long, Float> textScores = new LinkedHashMap<>();
        Set<Long> pool = new LinkedHashSet<>();
        if (!text.isEmpty()) {
            textScores.putAll(textMatches(session, text, filters, excluded, null, TEXT_CANDIDATES));
            pool.addAll(textScores.keySet());
        }
        if (!seeker.sectors().isEmpty() || !seeker.markets().isEmpty() || !seeker.stages().isEmpty() || text.isEmpty()) {
            pool.addAll(structuralMatches(session, seeker, filters, excluded));
        }
        if (pool.size() < filters.limit()) {
            // Few matches (a sparse need, a narrow country filter): fill up with anyone the filters admit, so the
            // answer is never emptier than the filters make it. They score on the structured signals only.
            pool.addAll(session.search(Organisation.class).select(f -> f.id(Long.class))
                    .where(f -> filtered(f, filters, excluded).must(f.matchAll())).fetchHits(filters.limit()));
        }
        graph.partnersOf(seeker.partners(), filters.excludedPartnerships()).stream()
                .filter(id -> !excluded.contains(id) && !pool.contains(id)).sorted().limit(NETWORK_CANDIDATES).forEach(pool::add);
        // One database read for the whole pool; network neighbours were not filtered by the index, so filter them here.
        Map<Long, Organisation> found = organisations.byIds(pool);
        pool.removeIf(id -> !found.containsKey(id) || !found.get(id).isPublished() || !filters.admits(found.get(id).getCountry(), found.get(id).getSectors()));

        List<Long> unscored = pool.stream().filter(id -> !textScores.containsKey(id)).toList();
        if (!text.isEmpty() && !unscored.isEmpty()) {
            textScores.putAll(textMatches(session, text, filters, excluded, unscored, unscored.size()));
        }
        double best = textScores.values().stream().mapToDouble(Float::doubleValue).max().orElse(1);
        List<Candidate> candidates = new ArrayList<>(pool.size());
        for (Long id : pool) {
            Organisation o = found.get(id);
            candidates.add(new Candidate(o.getId(), o.getKey(), o.getName(), o.getType(), names.helix(o.getType()), o.getCountry(),
                    o.getNutsRegion(), o.getSectors(), o.getValueChainStages(), o.getTargetMarkets(), profileText(o),
                    best > 0 ? textScores.getOrDefault(id, 0f) / best : 0,
                    graph.tiesWith(id, seeker.partners(), filters.excludedPartnerships())));
        }
        return candidates;
    }

    /** The words of a profile the text signal compares, the most telling first: competences, services, name, description. */
    public static String profileText(Organisation o) {
        return String.join(" ", String.join(" ", o.getTechnologies()), String.join(" ", o.getServices()), o.getName(),
                String.join(" ", o.getAliases()), o.getDescription() == null ? "" : o.getDescription());
    }

    /** Ids and text scores only: the pool is read from the database once, after all queries. */
    private Map<Long, Float> textMatches(SearchSession session, String text, RecommendationFilters filters, Set<Long> excluded,
                                         Collection<Long> only, int limit) {
        Map<Long, Float> scores = new LinkedHashMap<>();
        session.search(Organisation.class)
                .select(f -> f.composite().from(f.id(Long.class), f.score()).as(Found::new))
                .where(f -> {
                    var bool = filtered(f, filters, excluded);
                    bool.must(f.match().fields(TEXT_FIELDS).matching(text));
                    if (only != null) {
                        bool.filter(f.id().matchingAny(only));
                    }
                    return bool;
                })
                .totalHitCountThreshold(limit)
                .fetchHits(limit)
                .forEach(hit -> scores.put(hit.id(), hit.score()));
        return scores;
    }

    /** Shared sectors count most, then shared markets, then stages the seeker does not cover (complements). */
    private List<Long> structuralMatches(SearchSession session, Seeker seeker, RecommendationFilters filters, Set<Long> excluded) {
        return session.search(Organisation.class)
                .select(f -> f.id(Long.class))
                .where(f -> {
                    var bool = filtered(f, filters, excluded);
                    if (seeker.sectors().isEmpty() && seeker.markets().isEmpty() && seeker.stages().isEmpty()) {
                        return bool.must(f.matchAll());
                    }
                    var any = f.bool();
                    seeker.sectors().forEach(code -> any.should(f.match().field("sector").matching(code).constantScore().boost(2f)));
                    seeker.markets().forEach(code -> any.should(f.match().field("targetMarket").matching(code).constantScore()));
                    List<String> otherStages = taxonomy.valueChainStages().stream().map(ValueChainStage::code)
                            .filter(code -> !seeker.stages().contains(code)).toList();
                    if (!seeker.stages().isEmpty() && !otherStages.isEmpty()) {
                        any.should(f.terms().field("valueChainStage").matchingAny(otherStages).constantScore().boost(0.5f));
                    }
                    return bool.must(any);
                })
                .totalHitCountThreshold(STRUCTURE_CANDIDATES)
                .fetchHits(STRUCTURE_CANDIDATES);
    }

    private static BooleanPredicateClausesStep<?, ?> filtered(SearchPredicateFactory f, RecommendationFilters filters, Set<Long> excluded) {
        // Only published profiles are ever recommended: drafts and returned profiles are their people's business.
        var bool = f.bool().filter(f.match().field("status").matching("PUBLISHED", ValueModel.INDEX));
        if (!filters.countries().isEmpty()) {
            bool.filter(f.terms().field("country").matchingAny(filters.countries()));
        }
        if (!filters.excludedCountries().isEmpty()) {
            bool.mustNot(f.terms().field("country").matchingAny(filters.excludedCountries()));
        }
        if (!filters.sectors().isEmpty()) {
            bool.filter(f.terms().field("sector").matchingAny(filters.sectors()));
        }
        if (!excluded.isEmpty()) {
            bool.mustNot(f.id().matchingAny(excluded));
        }
        return bool;
    }
}
