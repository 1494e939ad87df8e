package eu.clusterbridge.partnersearch.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import eu.clusterbridge.directory.Organisation;
import eu.clusterbridge.directory.Organisations;
import eu.clusterbridge.partnersearch.RecommendationFilters;
import eu.clusterbridge.taxonomy.Taxonomy;
import eu.clusterbridge.taxonomy.ValueChainStage;
import jakarta.persistence.EntityManager;
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

    static final int TEXT_CANDIDATES = 200;
    static final int STRUCTURE_CANDIDATES = 200;
    static final int NETWORK_CANDIDATES = 300;
    /** Query words kept: enough for a long profile, few enough for any backend's clause limit (5 fields each). */
    static final int QUERY_WORDS = 120;
    private static final String[] TEXT_FIELDS = {"name", "aliases", "description", "activities", "services"};

    private record Found(Organisation organisation, float score) {
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

        Map<Long, Organisation> pool = new LinkedHashMap<>();
        Map<Long, Float> textScores = new LinkedHashMap<>();
        if (!text.isEmpty()) {
            for (Found found : textMatches(session, text, filters, excluded, null, TEXT_CANDIDATES)) {
                pool.put(found.organisation().getId(), found.organisation());
                textScores.put(found.organisation().getId(), found.score());
            }
        }
        if (!seeker.sectors().isEmpty() || !seeker.markets().isEmpty() || !seeker.stages().isEmpty() || text.isEmpty()) {
            structuralMatches(session, seeker, filters, excluded).forEach(o -> pool.putIfAbsent(o.getId(), o));
        }
        List<Long> neighbours = graph.partnersOf(seeker.partners(), filters.excludedPartnerships()).stream()
                .filter(id -> !excluded.contains(id) && !pool.containsKey(id)).sorted().limit(NETWORK_CANDIDATES).toList();
        organisations.byIds(neighbours).values().stream()
                .filter(o -> filters.admits(o.getCountry(), o.getSectors()))
                .forEach(o -> pool.put(o.getId(), o));

        List<Long> unscored = pool.keySet().stream().filter(id -> !textScores.containsKey(id)).toList();
        if (!text.isEmpty() && !unscored.isEmpty()) {
            textMatches(session, text, filters, excluded, unscored, unscored.size())
                    .forEach(found -> textScores.put(found.organisation().getId(), found.score()));
        }
        double best = textScores.values().stream().mapToDouble(Float::doubleValue).max().orElse(1);
        List<Candidate> candidates = new ArrayList<>(pool.size());
        for (Organisation o : pool.values()) {
            candidates.add(new Candidate(o.getId(), o.getKey(), o.getName(), o.getType(), names.helix(o.getType()), o.getCountry(),
                    o.getNutsRegion(), o.getSectors(), o.getValueChainStages(), o.getTargetMarkets(), Words.of(profileText(o)),
                    best > 0 ? textScores.getOrDefault(o.getId(), 0f) / best : 0,
                    graph.tiesWith(o.getId(), seeker.partners(), filters.excludedPartnerships())));
        }
        return candidates;
    }

    /** The words of a profile the text signal compares: what it is called, does and offers. */
    public static String profileText(Organisation o) {
        return String.join(" ", o.getName(), String.join(" ", o.getAliases()), o.getDescription() == null ? "" : o.getDescription(),
                String.join(" ", o.getTechnologies()), String.join(" ", o.getServices()));
    }

    private List<Found> textMatches(SearchSession session, String text, RecommendationFilters filters, Set<Long> excluded,
                                    Collection<Long> only, int limit) {
        return session.search(Organisation.class)
                .select(f -> f.composite().from(f.entity(Organisation.class), f.score()).as(Found::new))
                .where(f -> {
                    var bool = filtered(f, filters, excluded);
                    bool.must(f.match().fields(TEXT_FIELDS).matching(text));
                    if (only != null) {
                        bool.filter(f.id().matchingAny(only));
                    }
                    return bool;
                })
                .fetchHits(limit);
    }

    /** Shared sectors count most, then shared markets, then stages the seeker does not cover (complements). */
    private List<Organisation> structuralMatches(SearchSession session, Seeker seeker, RecommendationFilters filters, Set<Long> excluded) {
        return session.search(Organisation.class)
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
                .fetchHits(STRUCTURE_CANDIDATES);
    }

    private static BooleanPredicateClausesStep<?, ?> filtered(SearchPredicateFactory f, RecommendationFilters filters, Set<Long> excluded) {
        var bool = f.bool();
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
