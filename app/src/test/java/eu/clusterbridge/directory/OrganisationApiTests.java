package eu.clusterbridge.directory;

import eu.clusterbridge.IntegrationTest;
import org.junit.jupiter.api.Test;
import eu.clusterbridge.accounts.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class OrganisationApiTests {

    private static final String VALID = """
            {"name": "Cluster Têxtil Test", "aliases": ["CTT"], "type": "CLUSTER_ORGANISATION", "country": "PT",
             "website": "https://example.org", "sectors": ["textile-manufacturing"], "targetMarkets": ["CA"],
             "memberCount": 40, "staffFte": 2.5}
            """;

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    private String administratorToken;

    @BeforeEach
    void administratorToken() {
        TestAccounts accounts = new TestAccounts(context);
        administratorToken = accounts.token(accounts.administrator());
    }

    @Test
    void anUnknownIdIsA404Problem() throws Exception {
        mvc.perform(get("/api/organisations/999999"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(404));
    }

    @Test
    void anIdThatIsNotANumberIsA400Problem() throws Exception {
        mvc.perform(get("/api/organisations/abc"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void changesNeedAValidAccessToken() throws Exception {
        mvc.perform(post("/api/organisations").contentType(MediaType.APPLICATION_JSON).content(VALID))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Bearer"));
        mvc.perform(post("/api/organisations").with(TestAccounts.bearer("cbpat_wrong")).contentType(MediaType.APPLICATION_JSON).content(VALID))
                .andExpect(status().isUnauthorized());
        // HTTP Basic with the administrator's real password is not accepted by the API: tokens only (decision 0007).
        mvc.perform(post("/api/organisations").with(httpBasic("admin@test.localhost", "test-operator-password"))
                        .contentType(MediaType.APPLICATION_JSON).content(VALID))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void invalidInputIsRejectedFieldByFieldAndNothingIsWritten() throws Exception {
        long before = countOrganisations();
        mvc.perform(post("/api/organisations").with(operator()).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"name": "", "type": "SPACESHIP", "country": "XX", "nutsRegion": "ZZ99",
                                 "website": "not a url", "sectors": ["no-such-sector"], "yearFounded": 1200}
                                """))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[?(@.field == 'name')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'type')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'country')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'nutsRegion')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'website')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'sectors[0]')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'yearFounded')]").exists());
        assertThat(countOrganisations()).isEqualTo(before);
    }

    @Test
    void aMisspeltFieldIsRejectedNotIgnored() throws Exception {
        mvc.perform(post("/api/organisations").with(operator()).contentType(MediaType.APPLICATION_JSON)
                        .content(VALID.replace("\"website\"", "\"webiste\"")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("webiste")));
    }

    @Test
    void malformedJsonIsA400Problem() throws Exception {
        mvc.perform(post("/api/organisations").with(operator()).contentType(MediaType.APPLICATION_JSON).content("{\"name\": "))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void anOrganisationCanBeCreatedReadChangedAndDeleted() throws Exception {
        MvcResult created = mvc.perform(post("/api/organisations").with(operator()).contentType(MediaType.APPLICATION_JSON).content(VALID))
                .andExpect(status().isCreated())
                .andExpect(header().exists("Location"))
                .andExpect(jsonPath("$.key").value("cluster-textil-test"))
                .andReturn();
        String location = created.getResponse().getHeader("Location");

        mvc.perform(get(location)).andExpect(status().isUnauthorized()); // a draft is not public
        mvc.perform(get(location).with(operator())).andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Cluster Têxtil Test"))
                .andExpect(jsonPath("$.staffFte").value(2.5));
        mvc.perform(put(location).with(operator()).contentType(MediaType.APPLICATION_JSON)
                        .content(VALID.replace("\"memberCount\": 40", "\"memberCount\": 41")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.memberCount").value(41));
        mvc.perform(delete(location).with(operator())).andExpect(status().isNoContent());
        mvc.perform(get(location)).andExpect(status().isNotFound());
    }

    private long countOrganisations() throws Exception {
        String body = mvc.perform(get("/api/organisations?size=1")).andReturn().getResponse().getContentAsString();
        return Long.parseLong(body.replaceAll("(?s).*\"totalElements\"\\s*:\\s*(\\d+).*", "$1"));
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor operator() {
        return TestAccounts.bearer(administratorToken);
    }
}
