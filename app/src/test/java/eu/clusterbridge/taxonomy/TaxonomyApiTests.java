package eu.clusterbridge.taxonomy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** {@code GET /api/taxonomy/…}: the real reference data as JSON, filters, and 400 for filters that make no sense. */
@WebMvcTest(TaxonomyApi.class)
@Import(Taxonomy.class)
@WithMockUser // the slice has Boot's default security, not the app's "GET /api/** is public" rule
class TaxonomyApiTests {

    @Autowired
    MockMvc mvc;

    @Test
    void listsEveryCountryWithItsCodesAndGrouping() throws Exception {
        mvc.perform(get("/api/taxonomy/countries"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$", hasSize(249)))
                .andExpect(jsonPath("$[?(@.code == 'GR')].nuts").value("EL"))
                .andExpect(jsonPath("$[?(@.code == 'GR')].grouping").value("EU"));
        mvc.perform(get("/api/taxonomy/countries").param("grouping", "EFTA"))
                .andExpect(jsonPath("$[*].code").value(org.hamcrest.Matchers.containsInAnyOrder("CH", "IS", "LI", "NO")));
    }

    @Test
    void filtersNutsUnitsByCountryAliasAndLevel() throws Exception {
        mvc.perform(get("/api/taxonomy/nuts").param("country", "EL").param("level", "2"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(13)))
                .andExpect(jsonPath("$[*].country", everyItem(is("GR"))))
                .andExpect(jsonPath("$[0].code").value("EL30"))
                .andExpect(jsonPath("$[0].parent").value("EL3"));
        mvc.perform(get("/api/taxonomy/nuts").param("level", "1"))
                .andExpect(jsonPath("$[*].level", everyItem(is(1))));
    }

    @Test
    void rejectsAnUnknownCountryOrLevel() throws Exception {
        mvc.perform(get("/api/taxonomy/nuts").param("country", "ZZ").param("level", "3"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("country", "level")));
        mvc.perform(get("/api/taxonomy/nuts").param("level", "two"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void listsSectorsOfOneKindOrAll() throws Exception {
        mvc.perform(get("/api/taxonomy/sectors").param("kind", "ecosystem"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(14)))
                .andExpect(jsonPath("$[*].kind", everyItem(is("ECOSYSTEM"))));
        mvc.perform(get("/api/taxonomy/sectors").param("kind", "CLUSTER_SECTOR"))
                .andExpect(jsonPath("$", hasSize(51)));
        mvc.perform(get("/api/taxonomy/sectors").param("kind", "planets"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("kind"));
    }

    @Test
    void listsOrganisationTypesAndValueChainStages() throws Exception {
        mvc.perform(get("/api/taxonomy/organisation-types"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.code == 'SME')].tripleHelix").value("INDUSTRY"));
        mvc.perform(get("/api/taxonomy/value-chain-stages"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].position").value(1))
                .andExpect(jsonPath("$[0].code").value("raw-materials-and-inputs"));
    }
}
