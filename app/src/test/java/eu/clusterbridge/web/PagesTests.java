package eu.clusterbridge.web;

import eu.clusterbridge.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The server-rendered pages over the seed data: content, htmx fragments, error pages, form errors, CSRF. */
@IntegrationTest
class PagesTests {

    @Autowired
    MockMvc mvc;

    @Test
    void theHomePageShowsTheKeyFigures() throws Exception {
        mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html lang=\"en\"")))
                .andExpect(content().string(containsString("Key figures")))
                .andExpect(content().string(containsString("ESCP-S3")))
                .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")));
    }

    @Test
    void theDirectoryAnswersHtmxWithTheResultsFragmentOnly() throws Exception {
        mvc.perform(get("/directory").param("q", "packaging"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<main")))
                .andExpect(content().string(containsString("AdPack")));
        mvc.perform(get("/directory").param("q", "packaging").header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"search-area\"")))
                .andExpect(content().string(not(containsString("<main"))));
    }

    @Test
    void aPartnershipPageListsItsPartnersWithTheirCountries() throws Exception {
        mvc.perform(get("/partnerships/adpack"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Packbridge")))
                .andExpect(content().string(containsString("Sweden")))
                .andExpect(content().string(containsString("Main activities")));
    }

    @Test
    void anUnknownRecordGetsTheFriendly404Page() throws Exception {
        mvc.perform(get("/organisations/no-such-cluster"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("We could not find that page")));
    }

    @Test
    void anUnknownAddressIsA404PageForPeopleAndAProblemForTheApi() throws Exception {
        mvc.perform(get("/no-such-page").accept(org.springframework.http.MediaType.TEXT_HTML))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("We could not find that page")));
        mvc.perform(get("/api/no-such-endpoint"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void aWrongFilterValueIsA400PageNamingTheFieldAndAWrongIdInTheAddressA404Page() throws Exception {
        mvc.perform(get("/partner-requests").param("kind", "bogus").accept(org.springframework.http.MediaType.TEXT_HTML))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(org.springframework.http.MediaType.TEXT_HTML))
                .andExpect(content().string(containsString("kind: &#39;bogus&#39; is not one of the choices")));
        mvc.perform(get("/partnerships/of-organisation/not-a-number").accept(org.springframework.http.MediaType.TEXT_HTML))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("We could not find that page")));
    }

    @Test
    void formsNeedSigningIn() throws Exception {
        mvc.perform(get("/organisations/new")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
    }

    @Test
    @WithMockUser(roles = "ADMINISTRATOR")
    void aFormWithoutItsCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/organisations").param("name", "X").param("type", "SME").param("country", "PT"))
                .andExpect(status().isForbidden());
    }

    @Test
    @WithMockUser(roles = "ADMINISTRATOR")
    void invalidFormInputIsShownNextToItsFields() throws Exception {
        mvc.perform(post("/organisations").with(csrf())
                        .param("name", "").param("type", "CLUSTER_ORGANISATION").param("country", "XX")
                        .param("memberCount", "many").param("website", "ftp://example.org"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Please correct the fields marked below")))
                .andExpect(content().string(containsString("must not be empty")))
                .andExpect(content().string(containsString("must be a whole number")))
                .andExpect(content().string(containsString("must be an http:// or https:// address")));
    }

    @Test
    @WithMockUser(roles = "ADMINISTRATOR")
    void anOperatorCreatesAnOrganisationThroughTheForm() throws Exception {
        mvc.perform(post("/organisations").with(csrf())
                        .param("name", "Form-made Cluster").param("type", "CLUSTER_ORGANISATION").param("country", "pt")
                        .param("targetMarkets", "ca, us").param("sectors", "textile-manufacturing"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/organisations/form-made-cluster*"));
        mvc.perform(get("/organisations/form-made-cluster"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Portugal")))
                .andExpect(content().string(containsString("Canada")));
    }
}
