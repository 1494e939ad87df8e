package eu.clusterbridge.partnersearch.requests;

import eu.clusterbridge.IntegrationTest;
import eu.clusterbridge.accounts.Notifications;
import eu.clusterbridge.accounts.TestAccounts;
import eu.clusterbridge.accounts.TokenScope;
import eu.clusterbridge.accounts.internal.Account;
import eu.clusterbridge.directory.Organisation;
import eu.clusterbridge.shared.InvalidInput;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

import static eu.clusterbridge.partnersearch.requests.RequestFixtures.authentication;
import static eu.clusterbridge.partnersearch.requests.RequestFixtures.inDays;
import static eu.clusterbridge.partnersearch.requests.RequestFixtures.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Posting, changing, closing, following, interest and comments on PostgreSQL, with the notices each person gets
 * in the app and by e-mail through the real SMTP server (GreenMail), and who is refused what.
 */
@IntegrationTest
class PartnerRequestFlowTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    PartnerRequests requests;

    @Autowired
    RequestConversation conversation;

    @Autowired
    Notifications notifications;

    RequestFixtures fixtures;
    Account poster;
    Account editor;
    Account member;
    Account interested;
    Account outsider;
    Organisation posting;
    Organisation answering;

    @BeforeEach
    void people() {
        fixtures = new RequestFixtures(context);
        poster = fixtures.person("Poster");
        editor = fixtures.person("Editor");
        member = fixtures.person("Member");
        interested = fixtures.person("Interested");
        outsider = fixtures.person("Outsider");
        posting = fixtures.published("Posting Cluster", poster, editor, member);
        answering = fixtures.published("Answering Cluster", interested, null, null);
    }

    @Test
    void aMemberPostsForTheirPublishedOrganisationOnlyAndTheRequestIsPublic() throws Exception {
        PartnerRequest request = fixtures.post(member, posting.getId(), RequestKind.SEEKING, "Drone testing partners", inDays(20));
        assertThat(request.isOpen()).isTrue();
        assertThat(conversation.follows(request.id(), member.getId())).as("the poster follows their request").isTrue();

        assertThatThrownBy(() -> fixtures.post(outsider, posting.getId(), RequestKind.SEEKING, "Not mine", inDays(20)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.byField()).containsKey("organisationId"));
        Organisation draft = fixtures.accounts().draftOrganisation("Draft Cluster", outsider, null, null);
        assertThatThrownBy(() -> fixtures.post(outsider, draft.getId(), RequestKind.SEEKING, "Too early", inDays(20)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.byField().get("organisationId")).contains("published"));

        mvc.perform(get("/partner-requests").param("sector", RequestFixtures.SECTOR))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Drone testing partners")));
        mvc.perform(get("/partner-requests").param("country", "SE"))
                .andExpect(content().string(not(containsString("Drone testing partners"))));
        mvc.perform(get("/api/partner-requests/{id}", request.id()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.title").value("Drone testing partners"))
                .andExpect(jsonPath("$.status").value("OPEN"));
    }

    @Test
    void theApiTakesATokenWithTheScopeAndAnswersBadInputFieldByField() throws Exception {
        String body = """
                {"organisationId": %d, "kind": "OFFERING", "title": "Wind tunnel time", "description": "Our wind tunnel has free slots.",
                 "sectors": ["%s"], "countries": ["PT"], "deadline": "%s"}""".formatted(posting.getId(), RequestFixtures.SECTOR, inDays(10));
        String withoutScope = fixtures.accounts().token(poster, TokenScope.READ_ACCOUNT);
        mvc.perform(post("/api/partner-requests").with(TestAccounts.bearer(withoutScope)).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isForbidden());
        String token = fixtures.accounts().token(poster, TokenScope.WRITE_PARTNER_REQUESTS);
        mvc.perform(post("/api/partner-requests").with(TestAccounts.bearer(token)).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.kind").value("OFFERING"));

        String bad = """
                {"organisationId": %d, "kind": "SEEKING", "title": " ", "description": "x", "sectors": ["no-such-sector"],
                 "deadline": "2001-01-01", "communityEventId": 987654321, "matchmakingEventId": 987654321}""".formatted(posting.getId());
        mvc.perform(post("/api/partner-requests").with(TestAccounts.bearer(token)).contentType(MediaType.APPLICATION_JSON).content(bad))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("title", "sectors[0]", "deadline",
                        "communityEventId", "matchmakingEventId")));
        assertThat(requests.postedFor(java.util.List.of(posting.getId()))).hasSize(1);
    }

    @Test
    void onlyThePosterTheOrganisationsEditorsAndAdministratorsChangeOrCloseARequest() throws Exception {
        PartnerRequest request = fixtures.post(member, posting.getId(), RequestKind.SEEKING, "Sensor partners", inDays(20));
        RequestDraft change = RequestFixtures.draft(posting.getId(), RequestKind.SEEKING, "Sensor and lidar partners", inDays(25));

        assertThatThrownBy(() -> requests.update(request.id(), authentication(outsider), change)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> requests.update(request.id(), authentication(interested), change)).isInstanceOf(AccessDeniedException.class);
        String outsiderToken = fixtures.accounts().token(outsider);
        mvc.perform(post("/api/partner-requests/{id}/close", request.id()).with(TestAccounts.bearer(outsiderToken)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/partner-requests/{id}/close", request.id()).with(TestAccounts.session(outsider)).with(csrf()))
                .andExpect(status().isForbidden());

        assertThat(requests.update(request.id(), authentication(editor), change).title()).isEqualTo("Sensor and lidar partners");
        String adminToken = fixtures.accounts().token(fixtures.accounts().administrator());
        mvc.perform(put("/api/partner-requests/{id}", request.id()).with(TestAccounts.bearer(adminToken)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\": \"SEEKING\", \"title\": \"By the administrator\", \"description\": \"d\", \"deadline\": \"" + inDays(5) + "\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.title").value("By the administrator"));
        assertThat(fixtures.mailTo(member)).as("the poster follows and hears of changes by others")
                .anyMatch(m -> RequestFixtures.subject(m).startsWith("Request updated"));

        mvc.perform(post("/partner-requests/{id}/close", request.id()).with(TestAccounts.session(member)).with(csrf()))
                .andExpect(redirectedUrlPattern("/partner-requests/*"));
        assertThat(requests.get(request.id()).status()).isEqualTo(RequestStatus.CLOSED);
        assertThat(requests.open(RequestFilter.none())).noneMatch(r -> r.id() == request.id());
        assertThatThrownBy(() -> conversation.expressInterest(request.id(), signedIn(interested), answering.getId(), ""))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.byField().get("status")).contains("closed"));
    }

    @Test
    void interestAndCommentsReachThePosterAndFollowersInTheAppAndByEmail() throws Exception {
        PartnerRequest request = fixtures.post(poster, posting.getId(), RequestKind.SEEKING, "Composite materials partners", inDays(20));
        conversation.follow(request.id(), signedIn(outsider));

        mvc.perform(post("/partner-requests/{id}/interest", request.id()).with(TestAccounts.session(interested)).with(csrf())
                        .param("organisationId", String.valueOf(answering.getId())).param("message", "We make carbon-fibre parts."))
                .andExpect(redirectedUrlPattern("/partner-requests/*"));
        assertThat(notifications.unread(poster.getId())).isEqualTo(1);
        assertThat(notifications.of(poster.getId()).get(0).subject()).isEqualTo("Interest in your request: Composite materials partners");
        assertThat(fixtures.mailTo(poster)).singleElement().satisfies(m -> {
            assertThat(RequestFixtures.subject(m)).isEqualTo("Interest in your request: Composite materials partners");
            assertThat(RequestFixtures.body(m)).contains(answering.getName()).contains("/partner-requests/" + request.id());
        });
        assertThatThrownBy(() -> conversation.expressInterest(request.id(), signedIn(interested), answering.getId(), ""))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.byField().get("organisationId")).contains("already"));
        assertThatThrownBy(() -> conversation.expressInterest(request.id(), signedIn(outsider), answering.getId(), ""))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.byField().get("organisationId")).contains("belong"));

        // The poster sees who is interested and how to reach them; nobody sees the interested person's address.
        mvc.perform(get("/partner-requests/{id}", request.id()).with(TestAccounts.session(poster)))
                .andExpect(content().string(containsString(answering.getName())))
                .andExpect(content().string(containsString("We make carbon-fibre parts.")))
                .andExpect(content().string(containsString("/organisations/" + answering.getKey() + "/contact")))
                .andExpect(content().string(not(containsString(interested.getEmail()))));
        mvc.perform(get("/partner-requests/{id}", request.id()).with(TestAccounts.session(outsider)))
                .andExpect(content().string(not(containsString("We make carbon-fibre parts."))));
        mvc.perform(get("/api/partner-requests/{id}/interest", request.id()).with(TestAccounts.bearer(fixtures.accounts().token(outsider))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/partner-requests/{id}/interest", request.id()).with(TestAccounts.bearer(fixtures.accounts().token(poster))))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].organisationName").value(answering.getName()))
                .andExpect(content().string(not(containsString(interested.getEmail()))));

        // A comment reaches the poster and every follower (the interested person follows now), not its author.
        conversation.comment(request.id(), signedIn(outsider), "Have you tried the composites cluster in Porto?");
        assertThat(notifications.of(poster.getId())).anyMatch(n -> n.subject().equals("New comment on: Composite materials partners"));
        assertThat(notifications.of(interested.getId())).anyMatch(n -> n.text().contains("Porto"));
        assertThat(notifications.of(outsider.getId())).isEmpty();
        assertThat(fixtures.mailTo(interested)).anyMatch(m -> RequestFixtures.body(m).contains("Porto"));
        mvc.perform(get("/api/partner-requests/{id}/comments", request.id()))
                .andExpect(jsonPath("$[0].author").value(outsider.getDisplayName()));
        assertThatThrownBy(() -> conversation.comment(request.id(), signedIn(outsider), "  "))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.byField()).containsKey("text"));

        // The poster's navigation shows the unread count until they are read.
        mvc.perform(get("/notifications").with(TestAccounts.session(poster)))
                .andExpect(content().string(containsString("2 unread")));
        mvc.perform(post("/notifications/read").with(TestAccounts.session(poster)).with(csrf()));
        assertThat(notifications.unread(poster.getId())).isZero();
    }
}
