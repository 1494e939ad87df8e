package eu.clusterbridge.matchmaking;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import eu.clusterbridge.IntegrationTest;
import eu.clusterbridge.accounts.Memberships;
import eu.clusterbridge.accounts.OrganisationRole;
import eu.clusterbridge.accounts.TestAccounts;
import eu.clusterbridge.accounts.internal.Account;
import eu.clusterbridge.directory.Organisation;
import eu.clusterbridge.directory.Organisations;
import eu.clusterbridge.mail.Mailbox;
import eu.clusterbridge.matchmaking.internal.MeetingRequestExpiry;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Organisers per event and the participants' own side, through the pages on PostgreSQL with real accounts and the
 * real SMTP server (GreenMail): create an event for your organisation, register your organisation with items,
 * search the marketplace, request a meeting, answer it, mails on both sides, expiry with a moved clock.
 */
@IntegrationTest
class ParticipantSelfServiceTests {

    private static final LocalDate DAY = LocalDate.of(2027, 6, 8);

    @Autowired
    MockMvc mvc;

    @Autowired
    GreenMail mailServer;

    @Autowired
    ApplicationContext context;

    @Autowired
    Organisations organisations;

    @Autowired
    Memberships memberships;

    @Autowired
    MatchmakingEvents events;

    @Autowired
    Registrations registrations;

    @Autowired
    MeetingRequests requests;

    @Autowired
    MeetingRequestExpiry expiry;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theEditorsOfTheOrganisingOrganisationOrganiseTheEventOthersDoNot() throws Exception {
        TestAccounts accounts = new TestAccounts(context);
        Account organiser = accounts.create("Organiser");
        Account stranger = accounts.create("Stranger");
        Organisation host = publishedOrganisation(0);
        memberships.join(organiser.getId(), host.getId(), OrganisationRole.EDITOR);

        mvc.perform(get("/matchmaking/new").with(TestAccounts.session(stranger))).andExpect(status().isForbidden());
        mvc.perform(get("/matchmaking/new").with(TestAccounts.session(organiser)))
                .andExpect(content().string(containsString(host.getName())));
        String name = "Brokerage " + UUID.randomUUID();
        mvc.perform(post("/matchmaking").with(csrf()).with(TestAccounts.session(organiser)).param("organiserChoice", String.valueOf(host.getId()))
                        .param("name", name).param("venue", "Brussels").param("timeZone", "Europe/Brussels").param("slotMinutes", "20").param("pauseMinutes", "5")
                        .param("requestMode", "APPROVAL").param("requestExpiryDays", "7").param("anyToAny", "true").param("sessions", DAY + " 09:00-11:00 Morning")
                        .param("tables", "Table 1\nTable 2"))
                .andExpect(status().is3xxRedirection());
        MatchmakingEvent created = events.all().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
        assertThat(created.organiserId()).isEqualTo(host.getId());

        mvc.perform(get("/matchmaking/" + created.key() + "/edit").with(TestAccounts.session(organiser))).andExpect(status().isOk());
        mvc.perform(get("/matchmaking/" + created.key() + "/edit").with(TestAccounts.session(stranger))).andExpect(status().isForbidden());
        mvc.perform(get("/matchmaking/" + created.key() + "/participants").with(TestAccounts.session(stranger))).andExpect(status().isForbidden());
        mvc.perform(post("/matchmaking/" + created.key() + "/schedule-runs").with(csrf()).with(TestAccounts.session(stranger)))
                .andExpect(status().isForbidden());
        // someone else's organisation cannot be named as the organiser
        mvc.perform(post("/matchmaking").with(csrf()).with(TestAccounts.session(organiser))
                        .param("organiserChoice", String.valueOf(publishedOrganisation(1).getId())).param("name", "Not mine"))
                .andExpect(status().isForbidden());
    }

    @Test
    void participantsRegisterRequestAnswerAndHearOfItByMail() throws Exception {
        TestAccounts accounts = new TestAccounts(context);
        Account alice = accounts.create("Alice");
        Account bob = accounts.create("Bob");
        Account outsider = accounts.create("Outsider");
        Organisation aliceOrg = accounts.draftOrganisation("Alice Cluster", alice, null, null);
        Organisation bobOrg = accounts.draftOrganisation("Bob Cluster", bob, null, null);
        MatchmakingEvent event = approvalEvent(DAY.minusDays(10), 5);

        mvc.perform(get("/matchmaking/" + event.key() + "/register").with(TestAccounts.session(alice)))
                .andExpect(content().string(containsString(aliceOrg.getName())))
                .andExpect(content().string(not(containsString(bobOrg.getName()))));
        // another person's organisation cannot be registered
        mvc.perform(post("/matchmaking/" + event.key() + "/register").with(csrf()).with(TestAccounts.session(alice))
                .param("organisationId", String.valueOf(bobOrg.getId()))).andExpect(status().isForbidden());
        register(alice, event, aliceOrg, "Laser optics testing", "lab: ISO 17025\nregion: Norte");
        register(bob, event, bobOrg, "Photonics distribution", "");
        Participant a = participantOf(event, aliceOrg);
        Participant b = participantOf(event, bobOrg);
        assertThat(registrations.items(a.id())).singleElement().satisfies(item -> {
            assertThat(item.title()).isEqualTo("Laser optics testing");
            assertThat(item.fields()).containsEntry("lab", "ISO 17025").containsEntry("region", "Norte");
        });

        // the marketplace finds Alice by her offer's words and the OFFER facet, and counts the facets
        mvc.perform(get("/matchmaking/" + event.key() + "/marketplace").param("q", "optics").param("kind", "OFFER"))
                .andExpect(content().string(containsString("Alice Cluster"))).andExpect(content().string(not(containsString("Bob Cluster"))))
                .andExpect(content().string(containsString("1 participants found")));
        Marketplace.Result all = context.getBean(Marketplace.class).search(event.id(), new Marketplace.Query(null, null, null, null, null, 0));
        assertThat(all.total()).isEqualTo(2);
        assertThat(all.facets().get("country")).containsEntry("PT", 2L);

        // Bob requests a meeting with Alice; Alice's people get a mail; an outsider cannot send as Bob or answer
        mvc.perform(post("/matchmaking/" + event.key() + "/marketplace/requests").with(csrf()).with(TestAccounts.session(outsider))
                .param("requesterId", String.valueOf(b.id())).param("targetId", String.valueOf(a.id())).param("priority", "4"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/matchmaking/" + event.key() + "/marketplace/requests").with(csrf()).with(TestAccounts.session(bob))
                        .param("requesterId", String.valueOf(b.id())).param("targetId", String.valueOf(a.id())).param("priority", "4")
                        .param("message", "Shall we talk about distribution?"))
                .andExpect(redirectedUrl("/matchmaking/mine"));
        MeetingRequest request = requests.ofParticipants(List.of(b.id())).get(0);
        assertThat(request.status()).isEqualTo(RequestStatus.PENDING);
        assertThat(request.priority()).isEqualTo(4);
        MimeMessage toAlice = Mailbox.only(mailServer, alice.getEmail(), "Meeting request from");
        assertThat(GreenMailUtil.getBody(toAlice)).contains("Shall we talk about distribution?").contains("/matchmaking/mine");

        mvc.perform(get("/matchmaking/mine").with(TestAccounts.session(alice)))
                .andExpect(content().string(containsString("Accept the request of " + b.displayName())));
        mvc.perform(post("/matchmaking/mine/requests/" + request.id() + "/accept").with(csrf()).with(TestAccounts.session(outsider)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/matchmaking/mine/requests/" + request.id() + "/accept").with(csrf()).with(TestAccounts.session(bob)))
                .andExpect(status().isForbidden()); // the requester does not answer their own request
        mvc.perform(post("/matchmaking/mine/requests/" + request.id() + "/accept").with(csrf()).with(TestAccounts.session(alice)))
                .andExpect(redirectedUrl("/matchmaking/mine"));
        assertThat(requests.get(request.id()).status()).isEqualTo(RequestStatus.ACCEPTED);
        assertThat(GreenMailUtil.getBody(Mailbox.only(mailServer, bob.getEmail(), "accepted your meeting request"))).contains("accepted");

        // Alice changes her registration, then withdraws it: her requests go with it
        mvc.perform(post("/matchmaking/" + event.key() + "/registrations/" + a.id()).with(csrf()).with(TestAccounts.session(alice))
                .param("profile", "Now also photonics").param("itemTitle", "", "").param("itemKind", "OFFER", "OFFER"))
                .andExpect(redirectedUrl("/matchmaking/mine"));
        assertThat(registrations.get(a.id()).profile()).isEqualTo("Now also photonics");
        assertThat(registrations.items(a.id())).isEmpty();
        mvc.perform(post("/matchmaking/" + event.key() + "/registrations/" + a.id() + "/withdraw").with(csrf()).with(TestAccounts.session(bob)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/matchmaking/" + event.key() + "/registrations/" + a.id() + "/withdraw").with(csrf()).with(TestAccounts.session(alice)))
                .andExpect(redirectedUrl("/matchmaking/mine"));
        assertThat(registrations.ofEvent(event.id())).extracting(Participant::id).containsExactly(b.id());
        assertThat(requests.ofParticipants(List.of(b.id()))).isEmpty();
    }

    @Test
    void registrationClosesAtTheDeadlineExceptForTheOrganiser() throws Exception {
        TestAccounts accounts = new TestAccounts(context);
        Account late = accounts.create("Late");
        Organisation lateOrg = accounts.draftOrganisation("Late Cluster", late, null, null);
        MatchmakingEvent closed = approvalEvent(LocalDate.now().minusDays(1), 5);
        mvc.perform(post("/matchmaking/" + closed.key() + "/register").with(csrf()).with(TestAccounts.session(late))
                        .param("organisationId", String.valueOf(lateOrg.getId())))
                .andExpect(status().isOk()).andExpect(content().string(containsString("registration for this event closed on")));
        assertThat(registrations.ofEvent(closed.id())).isEmpty();
    }

    @Test
    void unansweredRequestsExpireWhenTheClockPassesTheirExpiry() {
        TestAccounts accounts = new TestAccounts(context);
        MatchmakingEvent event = approvalEvent(DAY.minusDays(10), 2);
        MatchmakingFixtures.actAsOperator();
        Participant a = registrations.register(event.id(), new Registration(accounts.draftOrganisation("Expiry A", null, null, null).getId(),
                null, null, null, null, null, List.of(), List.of(), false, List.of()));
        Participant b = registrations.register(event.id(), new Registration(accounts.draftOrganisation("Expiry B", null, null, null).getId(),
                null, null, null, null, null, List.of(), List.of(), false, List.of()));
        MeetingRequest request = requests.send(event.id(), new RequestSpec(a.id(), b.id(), 3, null));
        SecurityContextHolder.clearContext();

        expiry.at(Clock.offset(Clock.systemUTC(), Duration.ofDays(1))).expire();
        assertThat(requests.get(request.id()).status()).isEqualTo(RequestStatus.PENDING);
        expiry.at(Clock.offset(Clock.systemUTC(), Duration.ofDays(3))).expire();
        assertThat(requests.get(request.id()).status()).isEqualTo(RequestStatus.EXPIRED);
    }

    private void register(Account person, MatchmakingEvent event, Organisation organisation, String offer, String fields) throws Exception {
        mvc.perform(post("/matchmaking/" + event.key() + "/register").with(csrf()).with(TestAccounts.session(person))
                        .param("organisationId", String.valueOf(organisation.getId())).param("contactEmail", person.getEmail())
                        .param("profile", "We bring " + offer)
                        .param("itemKind", "OFFER", "REQUEST").param("itemTitle", offer, "")
                        .param("itemDescription", "", "").param("itemCooperation", "", "").param("itemFields", fields, ""))
                .andExpect(redirectedUrl("/matchmaking/mine"));
    }

    private Participant participantOf(MatchmakingEvent event, Organisation organisation) {
        return registrations.ofEvent(event.id()).stream().filter(p -> p.organisationId() == organisation.getId()).findFirst().orElseThrow();
    }

    /** An approval-mode event on {@link #DAY}, organised by the administrators, with the given deadline and expiry. */
    private MatchmakingEvent approvalEvent(LocalDate deadline, int expiryDays) {
        MatchmakingFixtures.actAsOperator();
        try {
            return events.create(new EventSetup("Self-service " + UUID.randomUUID(), "Porto", false, "Europe/Lisbon", deadline, 20, 5,
                    RequestMode.APPROVAL, expiryDays, true, null, null, null,
                    List.of(new EventSetup.SessionSpec("Morning", DAY, LocalTime.of(9, 0), LocalTime.of(11, 0))),
                    List.of("Table 1", "Table 2"), List.of(), List.of()));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private Organisation publishedOrganisation(int index) {
        return organisations.all().stream().filter(Organisation::isPublished).skip(index).findFirst().orElseThrow();
    }
}
