package eu.clusterbridge.partnersearch.internal;

import java.util.Set;

import eu.clusterbridge.taxonomy.TripleHelix;
import org.junit.jupiter.api.Test;

import static eu.clusterbridge.partnersearch.internal.Fixtures.NAMES;
import static eu.clusterbridge.partnersearch.internal.Fixtures.aPackagingMaterialsSme;
import static eu.clusterbridge.partnersearch.internal.Fixtures.aStranger;
import static eu.clusterbridge.partnersearch.internal.Fixtures.in;
import static eu.clusterbridge.partnersearch.internal.Fixtures.ofHelix;
import static eu.clusterbridge.partnersearch.internal.Fixtures.withCommonPartners;
import static eu.clusterbridge.partnersearch.internal.Fixtures.withMarkets;
import static eu.clusterbridge.partnersearch.internal.Fixtures.withSectors;
import static eu.clusterbridge.partnersearch.internal.Fixtures.withStages;
import static eu.clusterbridge.partnersearch.internal.Fixtures.withText;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each scoring rule on its own: what it rewards, what it ignores, and the words it uses. */
class SignalsTests {

    private final Seeker you = aPackagingMaterialsSme();

    @Test
    void textRelevanceIsTheIndexScoreAndNamesTheSharedWords() {
        ScoringSignal.Score score = new TextRelevance().score(you, withText(aStranger("Converta"), 0.6, "Smart packaging converting"));
        assertThat(score.value()).isEqualTo(0.6);
        assertThat(score.reason()).isEqualTo("Matches “smart”, “packaging”");
        assertThat(new TextRelevance().score(you, aStranger("Nobody"))).isEqualTo(ScoringSignal.Score.NONE);
    }

    @Test
    void aSharedSectorIsTheSameValueChain() {
        ScoringSignal.Score score = new SectorOverlap(NAMES).score(you, withSectors(aStranger("Converta"), "emerging-advanced-packaging", "plastics"));
        assertThat(score.value()).isEqualTo(1.0);
        assertThat(score.reason()).isEqualTo("Same value chain — Advanced packaging");
        assertThat(new SectorOverlap(NAMES).score(you, aStranger("Autos")).value()).isZero();
    }

    @Test
    void stagesTheSeekerLacksCountOnTheSameChainOnly() {
        ValueChainComplementarity rule = new ValueChainComplementarity(NAMES);
        Candidate converter = withStages(withSectors(aStranger("Converta"), "emerging-advanced-packaging"), "assembly-and-production");
        ScoringSignal.Score complement = rule.score(you, converter);
        assertThat(complement.value()).isEqualTo(1.0);
        assertThat(complement.reason()).isEqualTo("You: raw materials and inputs; they: assembly and production");

        Candidate lookalike = withStages(withSectors(aStranger("Films Braga"), "emerging-advanced-packaging"), "raw-materials-and-inputs");
        assertThat(rule.score(you, lookalike).value()).isZero();
        Candidate half = withStages(converter, "raw-materials-and-inputs", "assembly-and-production");
        assertThat(rule.score(you, half).value()).isEqualTo(0.5);
        Candidate otherChain = withStages(aStranger("Autos"), "assembly-and-production");
        assertThat(rule.score(you, otherChain).value()).isZero();
    }

    @Test
    void aNeedNamesTheStagesItWants() {
        Seeker need = new Seeker(Seeker.Kind.NEED, "need", "packaging", Set.of(), Set.of("assembly-and-production", "sales-and-marketing"),
                Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of());
        ScoringSignal.Score score = new ValueChainComplementarity(NAMES).score(need, withStages(aStranger("Converta"), "assembly-and-production"));
        assertThat(score.value()).isEqualTo(0.5);
        assertThat(score.reason()).isEqualTo("Covers assembly and production, as asked");
    }

    @Test
    void sharedTargetMarketsCountAsTheShareOfTheShorterList() {
        ScoringSignal.Score score = new SharedTargetMarkets(NAMES).score(you, withMarkets(aStranger("Converta"), "CA", "US"));
        assertThat(score.value()).isEqualTo(1.0);
        assertThat(score.reason()).isEqualTo("Both target Canada");
        assertThat(new SharedTargetMarkets(NAMES).score(you, withMarkets(aStranger("Tokyo"), "JP")).value()).isZero();
    }

    @Test
    void anotherCountryCountsFullyAnotherRegionHalfTheSameRegionNothing() {
        Geography rule = new Geography(NAMES);
        assertThat(rule.score(you, in(aStranger("Valencia"), "ES", "ES52"))).extracting(ScoringSignal.Score::value, ScoringSignal.Score::reason)
                .containsExactly(1.0, "Brings in another country: Spain");
        assertThat(rule.score(you, in(aStranger("Lisbon"), "PT", "PT17")).value()).isEqualTo(0.5);
        assertThat(rule.score(you, in(aStranger("Braga"), "PT", "PT11")).value()).isZero();
        assertThat(rule.score(you, in(aStranger("Norte"), "PT", "PT1")).value()).as("PT11 lies in PT1").isZero();
    }

    @Test
    void aNeedThatNamesACountryPrefersPartnersThere() {
        Seeker need = new Seeker(Seeker.Kind.NEED, "need", "packaging", Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of("PT"),
                Set.of(), Set.of(), Set.of(), Set.of());
        assertThat(new Geography(NAMES).score(need, aStranger("Braga")).reason()).isEqualTo("Based in Portugal, as asked");
        assertThat(new Geography(NAMES).score(need, in(aStranger("Valencia"), "ES", null)).value()).isZero();
    }

    @Test
    void aHelixTheConsortiumLacksCounts() {
        TripleHelixBalance rule = new TripleHelixBalance();
        assertThat(rule.score(you, ofHelix(aStranger("Uni Porto"), "UNIVERSITY", TripleHelix.RESEARCH_ACADEMIA)).reason())
                .isEqualTo("Adds research and academia to the consortium");
        assertThat(rule.score(you, aStranger("Another SME")).value()).isZero();
        assertThat(rule.score(you, ofHelix(aStranger("Cluster"), "CLUSTER_ORGANISATION", TripleHelix.NONE)).value()).isZero();
    }

    @Test
    void theFirstCommonPartnerMattersMost() {
        NetworkProximity rule = new NetworkProximity();
        assertThat(rule.score(you, withCommonPartners(aStranger("A"), 1))).extracting(ScoringSignal.Score::value, ScoringSignal.Score::reason)
                .containsExactly(0.5, "1 common past partner");
        assertThat(rule.score(you, withCommonPartners(aStranger("B"), 3))).extracting(ScoringSignal.Score::value, ScoringSignal.Score::reason)
                .containsExactly(0.75, "3 common past partners");
        assertThat(rule.score(you, aStranger("C")).value()).isZero();
    }

    @Test
    void aSignalValueOutsideZeroToOneIsABug() {
        assertThatThrownBy(() -> new ScoringSignal.Score(1.5, "too much")).isInstanceOf(IllegalArgumentException.class);
    }
}
