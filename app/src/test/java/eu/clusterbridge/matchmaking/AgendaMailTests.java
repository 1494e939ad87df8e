package eu.clusterbridge.matchmaking;

import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import eu.clusterbridge.IntegrationTest;
import eu.clusterbridge.accounts.TestAccounts;
import eu.clusterbridge.accounts.internal.Account;
import eu.clusterbridge.mail.Mailbox;
import eu.clusterbridge.matchmaking.internal.AgendaMail;
import net.fortuna.ical4j.data.CalendarBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Agenda e-mails through the real SMTP server: once on publication, again only when an agenda changed, a reminder
 * the day before (a fixed clock); and the calendar feed address, which a new token revokes.
 */
@IntegrationTest
class AgendaMailTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    MatchmakingFixtures fixtures;

    @Autowired
    Registrations registrations;

    @Autowired
    Scheduling scheduling;

    @Autowired
    ScheduleBoard board;

    @Autowired
    AgendaMail agendaMail;

    @Autowired
    CalendarFeeds feeds;

    @Autowired
    GreenMail mailServer;

    @Autowired
    MockMvc mvc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void peopleHearOfTheirAgendaOnPublicationOnChangesAndTheDayBefore() throws Exception {
        TestAccounts accounts = new TestAccounts(context);
        Account alice = accounts.create("AgendaAlice");
        Account bob = accounts.create("AgendaBob");
        MatchmakingEvent event = fixtures.create(MatchmakingFixtures.aMorningEvent(3, 2));
        Participant a = register(event, accounts.draftOrganisation("Agenda A", alice, null, null).getId());
        Participant b = register(event, accounts.draftOrganisation("Agenda B", bob, null, null).getId());
        fixtures.request(event, a, b, 5);
        MatchmakingFixtures.actAsOperator();
        scheduling.runNow(event.id());
        assertThat(agendaMail.mailNewAndChangedAgendas(event.id())).as("nothing before publication").isZero();

        board.publish(event.id(), true);
        assertThat(agendaMail.mailNewAndChangedAgendas(event.id())).isEqualTo(2);
        assertThat(GreenMailUtil.getBody(Mailbox.only(mailServer, alice.getEmail(), "is published"))).contains("with Agenda B");
        assertThat(agendaMail.mailNewAndChangedAgendas(event.id())).as("unchanged agendas are not mailed again").isZero();

        Meeting meeting = fixtures.meetings(event).get(0);
        MatchmakingFixtures.actAsOperator();
        board.move(meeting.id(), meeting.slotNumber() == 1 ? 2 : 1, meeting.tableNumber());
        assertThat(agendaMail.mailNewAndChangedAgendas(event.id())).isEqualTo(2);
        assertThat(Mailbox.only(mailServer, bob.getEmail(), "has changed")).isNotNull();

        Instant twoDaysBefore = MatchmakingFixtures.DAY.minusDays(2).atTime(12, 0).toInstant(ZoneOffset.UTC);
        assertThat(agendaMail.at(Clock.fixed(twoDaysBefore, ZoneOffset.UTC)).remindTheDayBefore(event.id())).isZero();
        Instant dayBefore = MatchmakingFixtures.DAY.minusDays(1).atTime(12, 0).toInstant(ZoneOffset.UTC);
        assertThat(agendaMail.at(Clock.fixed(dayBefore, ZoneOffset.UTC)).remindTheDayBefore(event.id())).isEqualTo(2);
        assertThat(Mailbox.only(mailServer, alice.getEmail(), "Tomorrow")).isNotNull();
        assertThat(agendaMail.at(Clock.fixed(dayBefore, ZoneOffset.UTC)).remindTheDayBefore(event.id())).as("once").isZero();
    }

    @Test
    void theCalendarFeedServesThePublishedAgendaUntilItsAddressIsReplaced() throws Exception {
        TestAccounts accounts = new TestAccounts(context);
        Account alice = accounts.create("FeedAlice");
        Account stranger = accounts.create("FeedStranger");
        MatchmakingEvent event = fixtures.create(MatchmakingFixtures.aMorningEvent(3, 2));
        Participant a = register(event, accounts.draftOrganisation("Feed A", alice, null, null).getId());
        Participant b = register(event, accounts.draftOrganisation("Feed B", null, null, null).getId());
        fixtures.request(event, a, b, 5);
        MatchmakingFixtures.actAsOperator();
        scheduling.runNow(event.id());

        signInAs(stranger);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> feeds.tokenOf(a.id()))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        signInAs(alice);
        String token = feeds.tokenOf(a.id());
        assertThat(feeds.tokenOf(a.id())).isEqualTo(token);
        SecurityContextHolder.clearContext();
        mvc.perform(get("/matchmaking/calendar-feeds/" + token + ".ics")).andExpect(status().isNotFound()); // not published yet

        MatchmakingFixtures.actAsOperator();
        board.publish(event.id(), true);
        SecurityContextHolder.clearContext();
        String ics = mvc.perform(get("/matchmaking/calendar-feeds/" + token + ".ics")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(new CalendarBuilder().build(new StringReader(ics)).getComponents("VEVENT")).hasSize(1);

        signInAs(alice);
        String renewed = feeds.regenerate(a.id());
        SecurityContextHolder.clearContext();
        assertThat(renewed).isNotEqualTo(token);
        mvc.perform(get("/matchmaking/calendar-feeds/" + token + ".ics")).andExpect(status().isNotFound());
        mvc.perform(get("/matchmaking/calendar-feeds/" + renewed + ".ics")).andExpect(status().isOk());
    }

    private Participant register(MatchmakingEvent event, long organisationId) {
        MatchmakingFixtures.actAsOperator();
        return registrations.register(event.id(), new Registration(organisationId, null, null, null, null, null, List.of(), List.of(),
                false, List.of()));
    }

    private static void signInAs(Account account) {
        var principal = new eu.clusterbridge.accounts.internal.AccountPrincipal(account);
        SecurityContextHolder.getContext().setAuthentication(
                org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated(principal, null,
                        principal.getAuthorities()));
    }
}
