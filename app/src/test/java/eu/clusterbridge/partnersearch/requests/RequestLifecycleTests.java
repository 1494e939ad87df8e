package eu.clusterbridge.partnersearch.requests;

import java.util.List;

import eu.clusterbridge.IntegrationTest;
import eu.clusterbridge.accounts.Notifications;
import eu.clusterbridge.accounts.TestAccounts;
import eu.clusterbridge.accounts.internal.Account;
import eu.clusterbridge.directory.Organisation;
import eu.clusterbridge.partnersearch.Recommendation;
import eu.clusterbridge.shared.InvalidInput;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import static eu.clusterbridge.partnersearch.requests.RequestFixtures.inDays;
import static eu.clusterbridge.partnersearch.requests.RequestFixtures.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Expiry, matching suggestions, the shortlist and contact through the platform, on PostgreSQL and GreenMail. */
@IntegrationTest
class RequestLifecycleTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    PartnerRequests requests;

    @Autowired
    RequestConversation conversation;

    @Autowired
    RequestExpiry expiry;

    @Autowired
    RequestMatching matching;

    @Autowired
    Shortlists shortlists;

    @Autowired
    Notifications notifications;

    RequestFixtures fixtures;
    Account owner;
    Account other;
    Organisation first;
    Organisation second;

    @BeforeEach
    void people() {
        fixtures = new RequestFixtures(context);
        owner = fixtures.person("Owner");
        other = fixtures.person("Other");
        first = fixtures.published("First Cluster", owner, null, null);
        second = fixtures.published("Second Cluster", other, null, null);
    }

    @Test
    void requestsPastTheirDeadlineExpireAndRefuseInterest() {
        PartnerRequest due = fixtures.post(owner, first.getId(), RequestKind.SEEKING, "Short search", inDays(0));
        PartnerRequest later = fixtures.post(owner, first.getId(), RequestKind.SEEKING, "Long search", inDays(3));

        assertThat(expiry.expireDue(inDays(0))).as("open through its deadline day").isZero();
        int expired = expiry.expireDue(inDays(1));
        assertThat(expired).isGreaterThanOrEqualTo(1);
        assertThat(requests.get(due.id()).status()).isEqualTo(RequestStatus.EXPIRED);
        assertThat(requests.get(later.id()).status()).isEqualTo(RequestStatus.OPEN);
        assertThat(requests.open(RequestFilter.none())).extracting(PartnerRequest::id).doesNotContain(due.id()).contains(later.id());
        assertThat(notifications.of(owner.getId())).anyMatch(n -> n.subject().equals("Request expired: Short search"));
        assertThat(fixtures.mailTo(owner)).anyMatch(m -> RequestFixtures.subject(m).equals("Request expired: Short search"));
        assertThatThrownBy(() -> conversation.expressInterest(due.id(), signedIn(other), second.getId(), "late"))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.byField().get("status")).contains("expired").contains("deadline"));
        assertThat(expiry.expireDue(inDays(1))).as("nothing left to expire").isZero();
    }

    @Test
    void matchingRequestsAndProfilesAreSuggestedWithReasons() throws Exception {
        PartnerRequest seeking = fixtures.post(owner, first.getId(), RequestKind.SEEKING, "Technical textile testing partners", inDays(30));
        PartnerRequest offering = fixtures.post(other, second.getId(), RequestKind.OFFERING, "Technical textile test facilities", inDays(30));

        List<RequestMatching.RequestMatch> matches = matching.requests(seeking);
        assertThat(matches).anySatisfy(m -> {
            assertThat(m.request().id()).isEqualTo(offering.id());
            assertThat(m.explanation()).contains("Offers what you seek").contains("Same sector").contains("Portugal");
        });
        assertThat(matching.requests(offering)).anySatisfy(m -> assertThat(m.explanation()).contains("Seeks what you offer"));

        List<Recommendation> profiles = matching.profiles(seeking);
        assertThat(profiles).isNotEmpty().allSatisfy(r -> {
            assertThat(r.organisationId()).isNotEqualTo(first.getId());
            assertThat(r.country()).isEqualTo("PT");
            assertThat(r.explanation()).isNotBlank();
        });
        mvc.perform(get("/partner-requests/{id}", seeking.id()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Technical textile test facilities")))
                .andExpect(content().string(containsString(profiles.get(0).name())));
        mvc.perform(get("/api/partner-requests/{id}/matches", seeking.id()))
                .andExpect(jsonPath("$.requests[0].request.title").value("Technical textile test facilities"));
    }

    @Test
    void aPersonShortlistsPublishedOrganisationsWithANoteAndRemovesThem() throws Exception {
        mvc.perform(post("/shortlist").with(TestAccounts.session(owner)).with(csrf())
                .param("organisationId", String.valueOf(second.getId())).param("note", "Ask about the wind tunnel"));
        assertThat(shortlists.of(owner.getId())).singleElement().satisfies(e -> {
            assertThat(e.name()).isEqualTo(second.getName());
            assertThat(e.note()).isEqualTo("Ask about the wind tunnel");
        });
        mvc.perform(get("/shortlist").with(TestAccounts.session(owner)))
                .andExpect(content().string(containsString("Ask about the wind tunnel")));
        assertThat(shortlists.of(other.getId())).as("per account").isEmpty();

        Organisation draft = fixtures.accounts().draftOrganisation("Draft", other, null, null);
        assertThatThrownBy(() -> shortlists.save(owner.getId(), draft.getId(), ""))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.byField()).containsKey("organisationId"));
        assertThatThrownBy(() -> shortlists.save(owner.getId(), second.getId(), "x".repeat(501)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.byField()).containsKey("note"));

        mvc.perform(post("/shortlist/{id}/remove", second.getId()).with(TestAccounts.session(owner)).with(csrf()));
        assertThat(shortlists.of(owner.getId())).isEmpty();
    }

    @Test
    void aDeletedOrganisationTakesItsRequestsInterestAndShortlistEntriesAlong() {
        Account third = fixtures.person("Third");
        Organisation leaving = fixtures.published("Leaving Cluster", third, null, null);
        PartnerRequest theirs = fixtures.post(third, leaving.getId(), RequestKind.SEEKING, "Soon gone", inDays(9));
        PartnerRequest mine = fixtures.post(owner, first.getId(), RequestKind.SEEKING, "Still here", inDays(9));
        conversation.expressInterest(mine.id(), signedIn(third), leaving.getId(), "");
        shortlists.save(owner.getId(), leaving.getId(), "maybe");

        context.getBean(eu.clusterbridge.directory.Organisations.class).delete(leaving.getId());

        assertThatThrownBy(() -> requests.get(theirs.id())).isInstanceOf(PartnerRequestNotFound.class);
        assertThat(conversation.interestCount(mine.id())).isZero();
        assertThat(shortlists.of(owner.getId())).isEmpty();
    }

    @Test
    void aMessageReachesTheOwnersAndEditorsWithoutRevealingTheirAddresses() throws Exception {
        Account editor = fixtures.person("Editor");
        Account member = fixtures.person("Member");
        Account sender = fixtures.person("Sender");
        Organisation target = fixtures.published("Target Cluster", owner, editor, member);

        mvc.perform(get("/organisations/{key}/contact", target.getKey()).with(TestAccounts.session(sender)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(owner.getEmail()))))
                .andExpect(content().string(not(containsString(editor.getEmail()))));
        mvc.perform(post("/organisations/{key}/contact", target.getKey()).with(TestAccounts.session(sender)).with(csrf())
                        .param("subject", "").param("text", ""))
                .andExpect(status().isOk()).andExpect(content().string(containsString("must not be empty")));
        assertThat(fixtures.mailTo(owner)).isEmpty();

        mvc.perform(post("/organisations/{key}/contact", target.getKey()).with(TestAccounts.session(sender)).with(csrf())
                        .param("subject", "Joint pilot").param("text", "Would you join our pilot on drone inspection?"))
                .andExpect(status().is3xxRedirection());
        for (Account recipient : List.of(owner, editor)) {
            assertThat(fixtures.mailTo(recipient)).singleElement().satisfies(m -> {
                assertThat(RequestFixtures.subject(m)).isEqualTo("Message for " + target.getName() + ": Joint pilot");
                assertThat(RequestFixtures.body(m)).contains("drone inspection").contains(sender.getEmail());
            });
            assertThat(notifications.unread(recipient.getId())).isEqualTo(1);
        }
        assertThat(fixtures.mailTo(member)).as("members do not answer for the organisation").isEmpty();

        ContactMessages messages = context.getBean(ContactMessages.class);
        for (int i = 1; i < ContactMessages.PER_HOUR; i++) {
            messages.send(signedIn(sender), target.getId(), "More " + i, "Text " + i);
        }
        assertThatThrownBy(() -> messages.send(signedIn(sender), target.getId(), "One too many", "Text"))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.byField().get("text")).contains("last hour"));
        mvc.perform(get("/organisations/{key}/contact", second.getKey()))
                .andExpect(status().is3xxRedirection());
    }
}
