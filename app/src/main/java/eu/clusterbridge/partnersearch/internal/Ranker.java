package eu.clusterbridge.partnersearch.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import eu.clusterbridge.partnersearch.Recommendation;
import eu.clusterbridge.partnersearch.RecommendationWeights;
import eu.clusterbridge.partnersearch.ScoreComponent;

/**
 * Scores every candidate with every signal, adds up weight × value, and explains the result with the reasons of
 * the signals that counted, the heaviest first. Ties go by name so the order never depends on the index.
 */
public final class Ranker {

    private final List<ScoringSignal> signals;

    public Ranker(Names names) {
        this(List.of(new TextRelevance(), new SectorOverlap(names), new ValueChainComplementarity(names),
                new SharedTargetMarkets(names), new Geography(names), new TripleHelixBalance(), new NetworkProximity()));
    }

    Ranker(List<ScoringSignal> signals) {
        this.signals = List.copyOf(signals);
    }

    public List<Recommendation> rank(Seeker seeker, List<Candidate> candidates, RecommendationWeights weights, int limit) {
        List<Recommendation> scored = new ArrayList<>(candidates.size());
        for (Candidate candidate : candidates) {
            scored.add(score(seeker, candidate, weights));
        }
        scored.sort(Comparator.comparingDouble(Recommendation::score).reversed()
                .thenComparing(Recommendation::name, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(Recommendation::organisationId));
        return List.copyOf(scored.subList(0, Math.min(limit, scored.size())));
    }

    Recommendation score(Seeker seeker, Candidate candidate, RecommendationWeights weights) {
        List<ScoreComponent> components = new ArrayList<>(signals.size());
        double total = 0;
        for (ScoringSignal signal : signals) {
            ScoringSignal.Score score = signal.score(seeker, candidate);
            double weight = weights.of(signal.signal());
            double points = weight * score.value();
            total += points;
            components.add(new ScoreComponent(signal.signal().id(), round(score.value()), weight, round(points), score.reason()));
        }
        return new Recommendation(candidate.id(), candidate.key(), candidate.name(), candidate.type(), candidate.country(),
                round(total), explanation(components), components);
    }

    /** The reasons of the signals that added points, heaviest first: "Same value chain — Plastics. Both target Canada." */
    static String explanation(List<ScoreComponent> components) {
        String reasons = components.stream()
                .filter(component -> component.points() > 0 && component.reason() != null)
                .sorted(Comparator.comparingDouble(ScoreComponent::points).reversed())
                .map(ScoreComponent::reason)
                .collect(Collectors.joining(". "));
        return reasons.isEmpty() ? "No strong signal: listed because few others match." : reasons + ".";
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
