package eu.clusterbridge.taxonomy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The reference data as shipped: the counts the sources publish and the rules that tie the files together. */
class TaxonomyFilesTests {

    static final Taxonomy taxonomy = new Taxonomy();

    static final List<String> EU_27 = List.of("AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR",
            "HR", "HU", "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK");

    @Test
    void allOfficiallyAssignedIsoCodesAreThere() {
        assertThat(taxonomy.countries()).hasSize(249);
        assertThat(taxonomy.countries(CountryGroup.EU)).extracting(Country::code).containsExactlyInAnyOrderElementsOf(EU_27);
        assertThat(taxonomy.countries(CountryGroup.EFTA)).extracting(Country::code).containsExactlyInAnyOrder("CH", "IS", "LI", "NO");
        assertThat(taxonomy.countries(CountryGroup.CANDIDATE)).extracting(Country::code).containsExactlyInAnyOrder("AL", "ME", "MK", "RS", "TR");
        assertThat(taxonomy.country("DE")).get().extracting(Country::alpha3, Country::numeric, Country::name)
                .containsExactly("DEU", "276", "Germany");
        assertThat(taxonomy.isCountry("XK")).as("user-assigned, not official").isFalse();
    }

    @Test
    void eurostatsUkAndElAreAliasesOfGbAndGr() {
        assertThat(taxonomy.country("UK")).get().extracting(Country::code).isEqualTo("GB");
        assertThat(taxonomy.country("EL")).get().extracting(Country::code, Country::nuts).containsExactly("GR", "EL");
        assertThat(taxonomy.isCountry("UK")).isTrue();
        assertThat(taxonomy.countries()).extracting(Country::code).doesNotContain("UK", "EL");
        assertThat(taxonomy.nutsRegions("EL", 2)).hasSize(13).isEqualTo(taxonomy.nutsRegions("GR", 2));
        assertThat(taxonomy.nutsRegionIsIn("EL30", "GR")).isTrue();
        assertThat(taxonomy.nutsRegionIsIn("EL30", "EL")).isTrue();
    }

    @Test
    void theEuHas27Nuts0And92Nuts1And242Nuts2Units() {
        assertThat(count(EU_27, 0)).isEqualTo(27);
        assertThat(count(EU_27, 1)).isEqualTo(92);
        assertThat(count(EU_27, 2)).isEqualTo(242);
    }

    @Test
    void eachCountryHasTheNumberOfUnitsNuts2021Gives() {
        Map<String, List<Integer>> expected = Map.ofEntries(
                Map.entry("DE", List.of(16, 38)), Map.entry("FR", List.of(14, 27)), Map.entry("IT", List.of(5, 21)),
                Map.entry("ES", List.of(7, 19)), Map.entry("PL", List.of(7, 17)), Map.entry("NL", List.of(4, 12)),
                Map.entry("PT", List.of(3, 7)), Map.entry("IE", List.of(1, 3)), Map.entry("HR", List.of(1, 4)),
                // EFTA statistical regions
                Map.entry("CH", List.of(1, 7)), Map.entry("IS", List.of(1, 1)), Map.entry("LI", List.of(1, 1)),
                Map.entry("NO", List.of(1, 7)),
                // candidate countries
                Map.entry("AL", List.of(1, 3)), Map.entry("ME", List.of(1, 1)), Map.entry("MK", List.of(1, 1)),
                Map.entry("RS", List.of(2, 4)), Map.entry("TR", List.of(12, 26)));
        expected.forEach((country, counts) -> {
            assertThat(taxonomy.nutsRegions(country, 0)).as(country + " NUTS 0").hasSize(1);
            assertThat(taxonomy.nutsRegions(country, 1)).as(country + " NUTS 1").hasSize(counts.get(0));
            assertThat(taxonomy.nutsRegions(country, 2)).as(country + " NUTS 2").hasSize(counts.get(1));
        });
        assertThat(taxonomy.nutsRegions().stream().map(NutsRegion::country).distinct()).hasSize(27 + 4 + 5);
        assertThat(taxonomy.nutsRegions("GB")).as("the UK left before NUTS 2021 applied").isEmpty();
    }

    @Test
    void everyNutsUnitHangsUnderAParentOneLevelUpInItsOwnCountry() {
        for (NutsRegion region : taxonomy.nutsRegions()) {
            Country country = taxonomy.country(region.country()).orElseThrow();
            assertThat(region.code()).as(region.code()).startsWith(country.nuts());
            if (region.level() == 0) {
                assertThat(region.parent()).isNull();
                assertThat(region.code()).isEqualTo(country.nuts());
            } else {
                NutsRegion parent = taxonomy.nutsRegion(region.parent()).orElseThrow();
                assertThat(parent.level()).as(region.code()).isEqualTo(region.level() - 1);
                assertThat(parent.country()).isEqualTo(region.country());
            }
        }
    }

    @Test
    void aRegionBelongsToItsCountryOnly() {
        assertThat(taxonomy.nutsRegion("DE71")).get().extracting(NutsRegion::name, NutsRegion::parent).containsExactly("Darmstadt", "DE7");
        assertThat(taxonomy.nutsRegionIsIn("DE71", "DE")).isTrue();
        assertThat(taxonomy.nutsRegionIsIn("DE71", "AT")).isFalse();
        assertThat(taxonomy.isNutsRegion("DE711")).as("NUTS 3 is not loaded").isFalse();
        assertThat(taxonomy.isNutsRegion("DEZZ")).as("extra-regio is not a territory").isFalse();
    }

    @Test
    void sectorsOfEachKindHaveTheirPublishedNumbers() {
        assertThat(taxonomy.sectors(SectorKind.CLUSTER_SECTOR)).hasSize(51);
        assertThat(taxonomy.sectors(SectorKind.EMERGING_INDUSTRY)).hasSize(10);
        assertThat(taxonomy.sectors(SectorKind.ECOSYSTEM)).hasSize(14);
        assertThat(taxonomy.sectors(SectorKind.S3_AREA)).extracting(Sector::code)
                .contains("s3-photonics", "s3-textile-innovation", "s3-medical-technology", "s3-sme-industry-4-0");
        assertThat(taxonomy.isSector("automotive")).isTrue();
        assertThat(taxonomy.isSector("emerging-digital-industries")).isTrue();
        assertThat(taxonomy.isSector("ecosystem-health")).isTrue();
        assertThat(taxonomy.isSector("Automotive")).as("codes are exact").isFalse();
    }

    @Test
    void organisationTypesNameTheirHelix() {
        assertThat(taxonomy.organisationTypes()).hasSize(10);
        assertThat(taxonomy.organisationType("SME")).get().extracting(OrganisationType::label, OrganisationType::tripleHelix)
                .containsExactly("Industry / SME", TripleHelix.INDUSTRY);
        assertThat(taxonomy.organisationType("UNIVERSITY")).get().extracting(OrganisationType::tripleHelix)
                .isEqualTo(TripleHelix.RESEARCH_ACADEMIA);
        assertThat(taxonomy.isOrganisationType("INDUSTRY_SME")).isFalse();
    }

    @Test
    void valueChainStagesComeInChainOrder() {
        assertThat(taxonomy.valueChainStages()).extracting(ValueChainStage::position).isSorted().doesNotHaveDuplicates();
        assertThat(taxonomy.valueChainStages().get(0).code()).isEqualTo("raw-materials-and-inputs");
        assertThat(taxonomy.isValueChainStage("design-and-engineering")).isTrue();
    }

    @Test
    void unknownAndMissingCodesAreRejectedQuietly() {
        assertThat(taxonomy.country(null)).isEmpty();
        assertThat(taxonomy.isCountry("ZZ")).isFalse();
        assertThat(taxonomy.nutsRegions("ZZ", 2)).isEmpty();
        assertThat(taxonomy.isSector(null)).isFalse();
    }

    private static long count(List<String> countries, int level) {
        return countries.stream().mapToLong(country -> taxonomy.nutsRegions(country, level).size()).sum();
    }
}
