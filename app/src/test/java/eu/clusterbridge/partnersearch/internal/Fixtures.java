package eu.clusterbridge.partnersearch.internal;

import java.util.List;
import java.util.Set;

import eu.clusterbridge.taxonomy.Taxonomy;
import eu.clusterbridge.taxonomy.TripleHelix;

/** Intention-revealing seekers and candidates for the scoring tests; every field can be varied with a wither. */
final class Fixtures {

    static final Names NAMES = new Names(new Taxonomy());

    private Fixtures() {
    }

    /** A Portuguese packaging-materials SME (region PT11, target market Canada, no partners yet). */
    static Seeker aPackagingMaterialsSme() {
        return new Seeker(Seeker.Kind.ORGANISATION, "Films Porto", "barrier films for smart packaging",
                Set.of("emerging-advanced-packaging"), Set.of("raw-materials-and-inputs"), Set.of("CA"), Set.of("PT"), Set.of("PT11"),
                Set.of(), Set.of(TripleHelix.INDUSTRY), Set.of(1L), Set.of(), Set.of());
    }

    /** A candidate with nothing in common with the seeker: another sector, no stages, no markets, same place, same helix. */
    static Candidate aStranger(String name) {
        return new Candidate(100L + name.hashCode() % 100, name.toLowerCase(), name, "SME", TripleHelix.INDUSTRY, "PT", "PT11",
                List.of("automotive"), List.of(), List.of(), "", 0, 0);
    }

    static Candidate withSectors(Candidate c, String... sectors) {
        return new Candidate(c.id(), c.key(), c.name(), c.type(), c.helix(), c.country(), c.region(), List.of(sectors), c.stages(),
                c.markets(), c.text(), c.textRelevance(), c.commonPartners());
    }

    static Candidate withStages(Candidate c, String... stages) {
        return new Candidate(c.id(), c.key(), c.name(), c.type(), c.helix(), c.country(), c.region(), c.sectors(), List.of(stages),
                c.markets(), c.text(), c.textRelevance(), c.commonPartners());
    }

    static Candidate withMarkets(Candidate c, String... markets) {
        return new Candidate(c.id(), c.key(), c.name(), c.type(), c.helix(), c.country(), c.region(), c.sectors(), c.stages(),
                List.of(markets), c.text(), c.textRelevance(), c.commonPartners());
    }

    static Candidate in(Candidate c, String country, String region) {
        return new Candidate(c.id(), c.key(), c.name(), c.type(), c.helix(), country, region, c.sectors(), c.stages(),
                c.markets(), c.text(), c.textRelevance(), c.commonPartners());
    }

    static Candidate ofHelix(Candidate c, String type, TripleHelix helix) {
        return new Candidate(c.id(), c.key(), c.name(), type, helix, c.country(), c.region(), c.sectors(), c.stages(),
                c.markets(), c.text(), c.textRelevance(), c.commonPartners());
    }

    static Candidate withText(Candidate c, double relevance, String text) {
        return new Candidate(c.id(), c.key(), c.name(), c.type(), c.helix(), c.country(), c.region(), c.sectors(), c.stages(),
                c.markets(), text, relevance, c.commonPartners());
    }

    static Candidate withCommonPartners(Candidate c, int ties) {
        return new Candidate(c.id(), c.key(), c.name(), c.type(), c.helix(), c.country(), c.region(), c.sectors(), c.stages(),
                c.markets(), c.text(), c.textRelevance(), ties);
    }
}
