package eu.clusterbridge.partnersearch;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.jayway.jsonpath.JsonPath;
import eu.clusterbridge.IntegrationTest;
import eu.clusterbridge.directory.ImportedOrganisation;
import eu.clusterbridge.directory.Organisation;
import eu.clusterbridge.directory.OrganisationProfile;
import eu.clusterbridge.directory.Organisations;
import eu.clusterbridge.partnerships.Partner;
import eu.clusterbridge.partnerships.Partnership;
import eu.clusterbridge.partnerships.PartnershipProfile;
import eu.clusterbridge.partnerships.Partnerships;
import eu.clusterbridge.partnerships.Programme;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The recommendation API on the real database and index, with hand-made organisations that share the made-up
 * competence "zyloquartz" (so the seed data cannot interfere with the order asserted).
 */
@IntegrationTest
class RecommendationApiTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Organisations organisations;
    @Autowired
    Partnerships partnerships;

    Organisation seeker;
    Organisation complement;
    Organisation lookalike;
    Organisation existingPartner;
    Organisation partnerOfPartner;
    Partnership seekersPartnership;

    @BeforeEach
    void handMadeDirectory() {
        seeker = organisation("zq-seeker", "Zyloquartz Films Porto", "PT", "PT11", "raw-materials-and-inputs", "CA", "zyloquartz barrier films");
        complement = organisation("zq-complement", "Converta Valencia", "ES", "ES52", "assembly-and-production", "CA", "zyloquartz converting lines");
        lookalike = organisation("zq-lookalike", "Zyloquartz Films Braga", "PT", "PT11", "raw-materials-and-inputs", "JP", "zyloquartz barrier films coating");
        existingPartner = organisation("zq-partner", "Zyloquartz Partner Lyon", "FR", null, "design-and-engineering", "US", "zyloquartz design");
        partnerOfPartner = organisation("zq-partner-of-partner", "Oulu Packaging Lab", "FI", null, "research-and-development", "US", "testing");
        seekersPartnership = partnership("zq-alliance", seeker, existingPartner);
        partnership("zq-other", existingPartner, partnerOfPartner);
    }

    @Test
    void aComplementaryPartnerOnTheSameValueChainOutranksALookAlike() throws Exception {
        String json = mvc.perform(get("/api/organisations/{id}/recommendations", seeker.getId()).param("limit", "50"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        List<Integer> ids = JsonPath.read(json, "$.results[*].organisationId");
        assertThat(ids).contains(complement.getId().intValue(), lookalike.getId().intValue());
        assertThat(ids.indexOf(complement.getId().intValue())).isLessThan(ids.indexOf(lookalike.getId().intValue()));
        List<String> explanations = JsonPath.read(json, "$.results[?(@.key == 'zq-complement')].explanation");
        assertThat(explanations.get(0)).contains("Same value chain — Advanced packaging", "they: assembly and production",
                "Both target Canada", "Brings in another country: Spain");
        List<Object> components = JsonPath.read(json, "$.results[?(@.key == 'zq-complement')].components[*].signal");
        assertThat(components).containsExactly("text", "sector", "valueChain", "targetMarkets", "geography", "tripleHelix", "network");
    }

    @Test
    void existingPartnersAreLeftOutAndTheirPartnersAreTheNetwork() throws Exception {
        String json = mvc.perform(get("/api/organisations/{id}/recommendations", seeker.getId()).param("limit", "50"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(json, "$.results[*].key")).doesNotContain("zq-partner", "zq-seeker");
        List<String> network = JsonPath.read(json, "$.results[?(@.key == 'zq-partner-of-partner')].components[6].reason");
        assertThat(network).containsExactly("1 common past partner");

        String held = mvc.perform(get("/api/organisations/{id}/recommendations", seeker.getId()).param("limit", "50")
                        .param("excludePartnership", seekersPartnership.getId().toString()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(held, "$.results[*].key")).contains("zq-partner");
        assertThat(JsonPath.<List<Double>>read(held, "$.results[?(@.key == 'zq-partner-of-partner')].components[6].value"))
                .allMatch(value -> value == 0.0);
    }

    @Test
    void anOrganisationWithoutCountryOrRegionGetsRecommendationsToo() throws Exception {
        mvc.perform(get("/api/organisations/{id}/recommendations", organisation("zq-nowhere", "Zyloquartz Nowhere", null, null,
                        "research-and-development", "CA", "zyloquartz").getId()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.results[0].key").exists());
    }

    @Test
    void countryFiltersRequireOrExcludeCountries() throws Exception {
        String only = mvc.perform(get("/api/organisations/{id}/recommendations", seeker.getId()).param("country", "ES").param("limit", "50"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(only, "$.results[*].country")).isNotEmpty().containsOnly("ES");
        String without = mvc.perform(get("/api/organisations/{id}/recommendations", seeker.getId()).param("excludeCountry", "ES", "PT"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(without, "$.results[*].country")).isNotEmpty().doesNotContain("ES", "PT");
    }

    @Test
    void aPartnershipIsOfferedWhoCouldJoinIt() throws Exception {
        mvc.perform(get("/api/partnerships/{id}/recommendations", seekersPartnership.getId()).param("limit", "50"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.seeker").value("ZQ-ALLIANCE: Zyloquartz alliance zq-alliance"))
                .andExpect(jsonPath("$.results[?(@.key == 'zq-seeker')]").doesNotExist())
                .andExpect(jsonPath("$.results[?(@.key == 'zq-partner-of-partner')].explanation").value(
                        org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.containsString("Has worked with 1 of the partners"))));
    }

    @Test
    void aFreeTextNeedReadsWhereThePartnerShouldBeAndTheTargetMarket() throws Exception {
        String json = mvc.perform(post("/api/recommendations").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"need\": \"zyloquartz partners in Spain for a mission to Canada\", \"limit\": 5}"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<String>read(json, "$.results[0].key")).isEqualTo("zq-complement");
        assertThat(JsonPath.<String>read(json, "$.results[0].explanation")).contains("Based in Spain, as asked", "Both target Canada");
    }

    @Test
    void unknownIdsAre404Problems() throws Exception {
        mvc.perform(get("/api/organisations/987654321/recommendations"))
                .andExpect(status().isNotFound()).andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/partnerships/987654321/recommendations"))
                .andExpect(status().isNotFound()).andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void findPartnersPagesArePublicAndUnknownKeysAre404() throws Exception {
        mvc.perform(get("/organisations/zq-seeker/partners")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Converta Valencia")));
        mvc.perform(get("/partnerships/zq-alliance/partners")).andExpect(status().isOk());
        mvc.perform(get("/partners").param("need", "zyloquartz converting").param("country", "XX")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("is not a known ISO 3166 country code")));
        mvc.perform(get("/organisations/no-such-organisation/partners")).andExpect(status().isNotFound());
        mvc.perform(get("/partnerships/no-such-partnership/partners")).andExpect(status().isNotFound());
    }

    @Test
    void badFiltersAre400ProblemsFieldByField() throws Exception {
        mvc.perform(get("/api/organisations/{id}/recommendations", seeker.getId())
                        .param("limit", "0").param("country", "XX").param("excludeCountry", "Spain").param("sector", "no-such-sector")
                        .param("excludePartnership", "987654321"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[?(@.field == 'limit')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'country[0]')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'excludeCountry[0]')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'sector[0]')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'excludePartnership[0]')]").exists());
        mvc.perform(get("/api/organisations/{id}/recommendations", seeker.getId()).param("limit", "51"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("limit"));
        mvc.perform(get("/api/organisations/{id}/recommendations", seeker.getId()).param("limit", "ten"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void aNeedMustBeSaidAndFiltersMustBeKnown() throws Exception {
        mvc.perform(post("/api/recommendations").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"need\": \"  \", \"country\": [\"XX\"], \"targetMarket\": [\"Canada\"], \"valueChainStage\": [\"making\"]}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[?(@.field == 'need')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'country[0]')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'targetMarket[0]')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'valueChainStage[0]')]").exists());
        mvc.perform(post("/api/recommendations").contentType(MediaType.APPLICATION_JSON).content("{\"need\": \"" + "x".repeat(2001) + "\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("need"));
        mvc.perform(post("/api/recommendations").contentType(MediaType.APPLICATION_JSON).content("{\"nede\": \"packaging\"}"))
                .andExpect(status().isBadRequest());
    }

    private Organisation organisation(String key, String name, String country, String region, String stage, String market, String technology) {
        return organisations.findByKey(key).orElseGet(() -> {
            OrganisationProfile profile = new OrganisationProfile(name, List.of(), "SME", country, region, null, null, null, null,
                    List.of("emerging-advanced-packaging"), List.of(stage), List.of(technology), List.of(), List.of(market),
                    List.of(), null, null, null, null, null);
            organisations.importAll(List.of(new ImportedOrganisation(key, profile, List.of(), List.of())));
            return organisations.getByKey(key);
        });
    }

    private Partnership partnership(String key, Organisation... partners) {
        return partnerships.all().stream().filter(p -> p.getKey().equals(key)).findFirst().orElseGet(() -> partnerships.create(
                new PartnershipProfile(key.toUpperCase(Locale.ROOT), "Zyloquartz alliance " + key, Programme.OTHER, null, null, null, null,
                        List.of(), List.of(), List.of(), List.of(), List.of(), null, List.of(), null,
                        Arrays.stream(partners).map(o -> new Partner(o.getId(), o.getCountry(), "partner", false)).toList())));
    }
}
