package eu.clusterbridge.search;

import eu.clusterbridge.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** {@code GET /api/search} over the seed data: stemming, accent folding, facets, paging and bad input. */
@IntegrationTest
class SearchApiTests {

    @Autowired
    MockMvc mvc;

    @Test
    void accentsAndWordFormsAreIgnored() throws Exception {
        for (String query : new String[] {"clúster", "Clusters", "CLUSTER"}) {
            mvc.perform(get("/api/search").param("q", query))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.total", greaterThan(10)));
        }
    }

    @Test
    void aPartnershipIsFoundByItsAcronymFirst() throws Exception {
        mvc.perform(get("/api/search").param("q", "AdPack"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.hits[0].kind").value("PARTNERSHIP"))
                .andExpect(jsonPath("$.hits[0].key").value(org.hamcrest.Matchers.startsWith("adpack")));
    }

    @Test
    void facetsCountEveryValueAndFiltersNarrowTheResults() throws Exception {
        mvc.perform(get("/api/search"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.facets.type[*].value", hasItem("PARTNERSHIP")))
                .andExpect(jsonPath("$.facets.programme[*].value", hasItem("ESCP_S3")))
                .andExpect(jsonPath("$.facets.country[*].value", hasItem("FR")));
        mvc.perform(get("/api/search").param("programme", "ESCP_S3"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(9))
                .andExpect(jsonPath("$.hits[*].kind", everyItem(org.hamcrest.Matchers.is("PARTNERSHIP"))))
                .andExpect(jsonPath("$.facets.programme[?(@.value == 'ESCP_4I_1')].count").value(hasItem(25)));
    }

    @Test
    void resultsComeAPageAtATime() throws Exception {
        mvc.perform(get("/api/search").param("size", "5").param("page", "1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.hits", hasSize(lessThanOrEqualTo(5))))
                .andExpect(jsonPath("$.page").value(1))
                .andExpect(jsonPath("$.size").value(5));
    }

    @Test
    void badParametersAre400Problems() throws Exception {
        mvc.perform(get("/api/search").param("size", "1000"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("size"));
        mvc.perform(get("/api/search").param("colour", "blue"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("colour"));
        mvc.perform(get("/api/search").param("page", "x"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void theOpenApiDocumentDescribesTheSearch() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/search']").exists())
                .andExpect(jsonPath("$.paths['/api/organisations/{id}']").exists());
    }
}
