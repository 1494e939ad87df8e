package eu.clusterbridge.accounts;

import eu.clusterbridge.IntegrationTest;
import eu.clusterbridge.accounts.internal.Account;
import eu.clusterbridge.accounts.internal.AuditLog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasToString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The validation workflow through the pages on PostgreSQL: a person creates a cluster profile (and owns it), sees
 * which criteria are unmet, cannot submit until they are met, submits; a validator returns it with reasons, then
 * publishes the corrected profile, which only then appears in public pages, the API and search.
 */
@IntegrationTest
class ProfileValidationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    AuditLog audit;

    @Test
    void aDraftGoesThroughReturnAndPublicationWithEveryStepRecorded() throws Exception {
        TestAccounts accounts = new TestAccounts(context);
        Account applicant = accounts.create("Applicant");
        Account validator = accounts.create("Validator", PlatformRole.VALIDATOR);
        RequestPostProcessor asApplicant = TestAccounts.session(applicant);
        String name = "Workflow Robotics Cluster " + System.nanoTime();

        String location = mvc.perform(post("/organisations").with(csrf()).with(asApplicant)
                        .param("name", name).param("type", "CLUSTER_ORGANISATION").param("country", "PT")
                        .param("memberCount", "10").param("staffFte", "0.25"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String key = location.substring("/organisations/".length());
        assertThat(context.getBean(Memberships.class).organisationsOf(applicant.getId()))
                .extracting(Membership::role).containsExactly(OrganisationRole.OWNER);

        // not public while a draft
        mvc.perform(get(location)).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/directory").param("q", name)).andExpect(content().string(not(containsString("href=\"" + location + "\""))));
        mvc.perform(get("/api/search").param("q", name)).andExpect(content().string(not(containsString(name))));
        mvc.perform(get(location).with(asApplicant)).andExpect(status().isOk()).andExpect(content().string(containsString("Not public yet")));

        // the applicant sees the unmet criteria and cannot submit
        mvc.perform(get(location + "/validation").with(asApplicant))
                .andExpect(content().string(containsString("Dedicated cluster management of at least 0.5 FTE")))
                .andExpect(content().string(containsString("The profile says 0.25 FTE.")))
                .andExpect(content().string(containsString("criterion-unmet")));
        mvc.perform(post(location + "/validation").with(csrf()).with(asApplicant).param("englishWebsite", "true")
                        .param("memberHelices", "INDUSTRY"))
                .andExpect(redirectedUrl(location + "/validation"))
                .andExpect(flash().attribute("problems", hasToString(containsString("not every criterion is met yet"))));
        mvc.perform(get(location + "/validation").with(asApplicant))
                .andExpect(content().string(containsString("<strong id=\"status\">draft</strong>")));

        // fix the profile, declare two helices, submit
        mvc.perform(post(location).with(csrf()).with(asApplicant).param("name", name).param("type", "CLUSTER_ORGANISATION")
                        .param("country", "PT").param("memberCount", "42").param("staffFte", "1.5").param("website", "https://robotics.example.org"))
                .andExpect(redirectedUrl(location));
        mvc.perform(post(location + "/validation").with(csrf()).with(asApplicant).param("englishWebsite", "true")
                .param("memberHelices", "INDUSTRY", "RESEARCH_ACADEMIA"));
        mvc.perform(get(location + "/validation").with(asApplicant)).andExpect(content().string(containsString("<strong id=\"status\">submitted</strong>")))
                .andExpect(content().string(not(containsString("criterion-unmet"))));

        // the validator's queue; a mere applicant has no access to it
        mvc.perform(get("/validation").with(asApplicant)).andExpect(status().isForbidden());
        mvc.perform(get("/validation").with(TestAccounts.session(validator))).andExpect(content().string(containsString(name)));

        // returned with reasons, which the applicant sees; resubmitted; published
        mvc.perform(post("/validation/" + key + "/return").with(csrf()).with(TestAccounts.session(validator)).param("reasons", ""))
                .andExpect(redirectedUrl("/validation"))
                .andExpect(flash().attribute("problems", hasToString(containsString("must not be empty"))));
        mvc.perform(post("/validation/" + key + "/return").with(csrf()).with(TestAccounts.session(validator))
                .param("reasons", "The website shows no activity since 2019."));
        mvc.perform(get(location + "/validation").with(asApplicant))
                .andExpect(content().string(containsString("<strong id=\"status\">returned</strong>")))
                .andExpect(content().string(containsString("The website shows no activity since 2019.")));
        mvc.perform(post("/validation/" + key + "/publish").with(csrf()).with(TestAccounts.session(validator)))
                .andExpect(status().isBadRequest()); // only submitted profiles can be decided
        mvc.perform(post(location + "/validation").with(csrf()).with(asApplicant).param("englishWebsite", "true")
                .param("memberHelices", "INDUSTRY", "RESEARCH_ACADEMIA"));
        mvc.perform(post("/validation/" + key + "/publish").with(csrf()).with(TestAccounts.session(validator)))
                .andExpect(redirectedUrl("/validation"));

        mvc.perform(get(location)).andExpect(status().isOk()).andExpect(content().string(not(containsString("Not public yet"))));
        mvc.perform(get("/api/search").param("q", "Workflow Robotics")).andExpect(content().string(containsString(name)));
        mvc.perform(get(location + "/validation").with(asApplicant))
                .andExpect(content().string(containsString("submitted")))
                .andExpect(content().string(containsString("returned")))
                .andExpect(content().string(containsString("published")));
        assertThat(audit.ofAccount(validator.getId())).extracting(AuditLog.Entry::action)
                .containsSubsequence("PROFILE_RETURNED", "PROFILE_PUBLISHED");
    }

    @Test
    void aRecognisedProgrammeWaivesTheCriteria() throws Exception {
        TestAccounts accounts = new TestAccounts(context);
        Account owner = accounts.create("Recognised owner");
        var organisation = accounts.draftOrganisation("Recognised Cluster", owner, null, null);
        String location = "/organisations/" + organisation.getKey();
        mvc.perform(post(location + "/validation").with(csrf()).with(TestAccounts.session(owner))
                .param("recognisingProgramme", "go-cluster (Germany)"));
        mvc.perform(get(location + "/validation").with(TestAccounts.session(owner)))
                .andExpect(content().string(containsString("<strong id=\"status\">submitted</strong>")))
                .andExpect(content().string(containsString("Recognised by go-cluster (Germany): the other criteria are waived.")));
    }
}
