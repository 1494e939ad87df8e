package eu.clusterbridge.partnersearch.requests;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import eu.clusterbridge.partnersearch.Need;
import eu.clusterbridge.partnersearch.PartnerRecommendations;
import eu.clusterbridge.partnersearch.Recommendation;
import eu.clusterbridge.partnersearch.RecommendationFilters;
import eu.clusterbridge.shared.InvalidInput;
import eu.clusterbridge.taxonomy.Labels;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What matches an open request: organisations, from the partner recommendations with the request as a need
 * (its words, sectors and stages) and its countries as a filter; and other open requests of other organisations
 * on the same sectors or stages, a seeker and an offerer first. Each match says why.
 */
@Service
@Transactional(readOnly = true)
public class RequestMatching {

    public static final int SHOWN = 5;

    private final PartnerRecommendations recommendations;
    private final PartnerRequestStore store;
    private final Labels labels;

    RequestMatching(PartnerRecommendations recommendations, PartnerRequestStore store, Labels labels) {
        this.recommendations = recommendations;
        this.store = store;
        this.labels = labels;
    }

    /** Another request that matches, and why in words. */
    public record RequestMatch(PartnerRequest request, int strength, String explanation) {
    }

    public List<Recommendation> profiles(PartnerRequest request) {
        Need need = new Need(request.title() + ". " + request.description(), request.sectors(), request.valueChainStages(), List.of());
        RecommendationFilters filters = new RecommendationFilters(SHOWN + 1, Set.copyOf(request.countries()), Set.of(),
                Set.copyOf(request.sectors()), Set.of());
        try {
            return recommendations.forNeed(need, filters).results().stream()
                    .filter(r -> r.organisationId() != request.organisationId()).limit(SHOWN).toList();
        } catch (InvalidInput unusable) {
            return List.of(); // a need the recommender cannot read (only stop words): nothing to suggest
        }
    }

    public List<RequestMatch> requests(PartnerRequest request) {
        return store.open(RequestFilter.none()).stream()
                .filter(other -> other.id() != request.id() && other.organisationId() != request.organisationId())
                .map(other -> match(request, other)).filter(m -> m.strength() > 0)
                .sorted(Comparator.comparingInt(RequestMatch::strength).reversed().thenComparing(m -> m.request().deadline()))
                .limit(SHOWN).toList();
    }

    /** Shared sectors and stages make a match; seeking against offering and shared countries make it stronger. */
    RequestMatch match(PartnerRequest request, PartnerRequest other) {
        List<String> sectors = shared(request.sectors(), other.sectors());
        List<String> stages = shared(request.valueChainStages(), other.valueChainStages());
        if (sectors.isEmpty() && stages.isEmpty()) {
            return new RequestMatch(other, 0, "");
        }
        List<String> reasons = new ArrayList<>();
        int strength = 2 * sectors.size() + stages.size();
        if (other.kind() == request.kind().complement()) {
            strength += 3;
            reasons.add(other.kind() == RequestKind.OFFERING ? "Offers what you seek" : "Seeks what you offer");
        }
        if (!sectors.isEmpty()) {
            reasons.add("Same sector — " + String.join(", ", sectors.stream().map(labels::sector).toList()));
        }
        if (!stages.isEmpty()) {
            reasons.add("Same value-chain stage — " + String.join(", ", stages.stream().map(labels::valueChainStage).toList()));
        }
        List<String> countries = shared(request.countries(), other.countries());
        if (!countries.isEmpty()) {
            strength += 1;
            reasons.add("Both in " + String.join(", ", countries.stream().map(labels::country).toList()));
        }
        return new RequestMatch(other, strength, String.join(". ", reasons) + ".");
    }

    private static List<String> shared(List<String> a, List<String> b) {
        return a.stream().filter(b::contains).toList();
    }
}
