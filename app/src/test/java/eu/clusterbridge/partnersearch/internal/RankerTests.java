package eu.clusterbridge.partnersearch.internal;

import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import eu.clusterbridge.partnersearch.Recommendation;
import eu.clusterbridge.partnersearch.RecommendationWeights;
import eu.clusterbridge.partnersearch.ScoreComponent;
import eu.clusterbridge.partnersearch.Signal;
import eu.clusterbridge.taxonomy.TripleHelix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static eu.clusterbridge.partnersearch.internal.Fixtures.NAMES;
import static eu.clusterbridge.partnersearch.internal.Fixtures.aPackagingMaterialsSme;
import static eu.clusterbridge.partnersearch.internal.Fixtures.aStranger;
import static org.assertj.core.api.Assertions.assertThat;

/** The score is the weighted sum of the signals; every weight moves the ranking as the README's table says. */
class RankerTests {

    private final Ranker ranker = new Ranker(NAMES);
    private final Seeker you = aPackagingMaterialsSme();

    static Stream<Arguments> signals() {
        return Stream.of(
                Arguments.of(Signal.TEXT, (UnaryOperator<Candidate>) c -> Fixtures.withText(c, 0.9, "barrier films")),
                Arguments.of(Signal.SECTOR, (UnaryOperator<Candidate>) c -> Fixtures.withSectors(c, "emerging-advanced-packaging")),
                Arguments.of(Signal.VALUE_CHAIN, (UnaryOperator<Candidate>) c -> Fixtures.withStages(c, "assembly-and-production")),
                Arguments.of(Signal.TARGET_MARKETS, (UnaryOperator<Candidate>) c -> Fixtures.withMarkets(c, "CA")),
                Arguments.of(Signal.GEOGRAPHY, (UnaryOperator<Candidate>) c -> Fixtures.in(c, "ES", "ES52")),
                Arguments.of(Signal.TRIPLE_HELIX, (UnaryOperator<Candidate>) c -> Fixtures.ofHelix(c, "RESEARCH", TripleHelix.RESEARCH_ACADEMIA)),
                Arguments.of(Signal.NETWORK, (UnaryOperator<Candidate>) c -> Fixtures.withCommonPartners(c, 2)));
    }

    /**
     * Two candidates equal in everything but one signal: with that signal's weight at 0 they tie and go by name
     * ("Alpha" first); with its default weight the one that has it ("Beta") wins.
     */
    @ParameterizedTest
    @MethodSource("signals")
    void eachWeightDecidesBetweenCandidatesThatDifferOnlyInItsSignal(Signal signal, UnaryOperator<Candidate> giveSignal) {
        Candidate alpha = base(signal, aStranger("Alpha"));
        Candidate beta = giveSignal.apply(base(signal, aStranger("Beta")));
        RecommendationWeights defaults = RecommendationWeights.defaults();

        assertThat(names(ranker.rank(you, List.of(alpha, beta), defaults.with(signal, 0), 2))).containsExactly("Alpha", "Beta");
        assertThat(names(ranker.rank(you, List.of(alpha, beta), defaults, 2))).containsExactly("Beta", "Alpha");
    }

    /** Stages only count on the same value chain, so for that signal both candidates share the seeker's sector. */
    private static Candidate base(Signal signal, Candidate c) {
        return signal == Signal.VALUE_CHAIN ? Fixtures.withSectors(c, "emerging-advanced-packaging") : c;
    }

    @Test
    void complementarityOutweighsSimilarTextByDefaultButNotWhenTextIsAllThatCounts() {
        Candidate lookalike = Fixtures.withText(Fixtures.withStages(Fixtures.withSectors(aStranger("Films Braga"),
                "emerging-advanced-packaging"), "raw-materials-and-inputs"), 1.0, "barrier films");
        Candidate complement = Fixtures.withMarkets(Fixtures.in(Fixtures.withText(Fixtures.withStages(Fixtures.withSectors(
                aStranger("Converta Valencia"), "emerging-advanced-packaging"), "assembly-and-production"), 0.3, "converting"), "ES", "ES52"), "CA");

        assertThat(names(ranker.rank(you, List.of(lookalike, complement), RecommendationWeights.defaults(), 2)))
                .containsExactly("Converta Valencia", "Films Braga");
        assertThat(names(ranker.rank(you, List.of(lookalike, complement), RecommendationWeights.textOnly(), 2)))
                .containsExactly("Films Braga", "Converta Valencia");
    }

    @Test
    void theScoreIsTheSumOfWeightTimesValueAndEveryComponentIsShown() {
        Candidate complement = Fixtures.withMarkets(Fixtures.withStages(Fixtures.withSectors(aStranger("Converta"),
                "emerging-advanced-packaging"), "assembly-and-production"), "CA");
        Recommendation r = ranker.rank(you, List.of(complement), RecommendationWeights.defaults(), 1).get(0);
        assertThat(r.components()).extracting(ScoreComponent::signal)
                .containsExactly("text", "sector", "valueChain", "targetMarkets", "geography", "tripleHelix", "network");
        assertThat(r.score()).isEqualTo(1.0 + 1.0 + 0.75);
        assertThat(r.components().stream().mapToDouble(ScoreComponent::points).sum()).isEqualTo(r.score());
    }

    @Test
    void theExplanationListsTheReasonsThatCountedHeaviestFirst() {
        Candidate complement = Fixtures.withCommonPartners(Fixtures.withMarkets(Fixtures.withStages(Fixtures.withSectors(aStranger("Converta"),
                "emerging-advanced-packaging"), "assembly-and-production"), "CA"), 3);
        Recommendation r = ranker.rank(you, List.of(complement), RecommendationWeights.defaults(), 1).get(0);
        assertThat(r.explanation()).isEqualTo("3 common past partners. Same value chain — Advanced packaging. "
                + "You: raw materials and inputs; they: assembly and production. Both target Canada.");
    }

    @Test
    void aCandidateWithNoSignalSaysSo() {
        Recommendation r = ranker.rank(you, List.of(aStranger("Nobody")), RecommendationWeights.defaults(), 1).get(0);
        assertThat(r.score()).isZero();
        assertThat(r.explanation()).isEqualTo("No strong signal: listed because few others match.");
    }

    @Test
    void weightsMustNotBeNegative() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> RecommendationWeights.defaults().with(Signal.TEXT, -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static List<String> names(List<Recommendation> recommendations) {
        return recommendations.stream().map(Recommendation::name).toList();
    }
}
