package eu.clusterbridge.matchmaking;

import eu.clusterbridge.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class MatchmakingPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    MatchmakingFixtures fixtures;

    @Autowired
    Scheduling scheduling;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theSetUpFormNeedsASignedInOrganiser() throws Exception {
        mvc.perform(get("/matchmaking/new")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        mvc.perform(post("/matchmaking").with(csrf()).param("name", "X")).andExpect(status().is3xxRedirection());
    }

    @Test
    void aFormWithMistakesComesBackWithTheMessagesAtTheFieldsAndNothingSaved() throws Exception {
        long before = jdbc.sql("select count(*) from matchmaking_event").query(Long.class).single();
        mvc.perform(post("/matchmaking").with(csrf()).with(MatchmakingFixtures.organiserSession())
                        .param("name", "").param("venue", "Ghent").param("timeZone", "Europe/Brussels").param("slotMinutes", "twenty")
                        .param("pauseMinutes", "5").param("requestMode", "APPROVAL").param("anyToAny", "true")
                        .param("sessions", "2027-05-11 09:00-12:30 Morning\nsometime tomorrow").param("tables", "4"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Please correct the fields marked below")))
                .andExpect(content().string(containsString("must be a whole number")))
                .andExpect(content().string(containsString("line 2: write it as 2027-05-11 09:00-12:30 Morning")));
        assertThat(jdbc.sql("select count(*) from matchmaking_event").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void aLimitPerSessionBelowOneIsMarkedAtItsField() throws Exception {
        long before = jdbc.sql("select count(*) from matchmaking_event").query(Long.class).single();
        mvc.perform(post("/matchmaking").with(csrf()).with(MatchmakingFixtures.organiserSession())
                        .param("name", "Session limits").param("venue", "Ghent").param("timeZone", "Europe/Brussels")
                        .param("slotMinutes", "30").param("pauseMinutes", "0").param("requestMode", "AUTOMATIC")
                        .param("anyToAny", "true").param("sessions", "2027-05-11 09:00-12:00 Morning").param("tables", "5")
                        .param("maxMeetingsPerSession", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Please correct the fields marked below")))
                .andExpect(content().string(containsString("must be between 1 and 1000")));
        assertThat(jdbc.sql("select count(*) from matchmaking_event").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void aValidFormCreatesTheEventAndItsPagesShowIt() throws Exception {
        String location = mvc.perform(post("/matchmaking").with(csrf()).with(MatchmakingFixtures.organiserSession())
                        .param("name", "Textile matchmaking Ghent").param("venue", "Ghent").param("timeZone", "Europe/Brussels")
                        .param("slotMinutes", "30").param("pauseMinutes", "0").param("requestMode", "AUTOMATIC")
                        .param("anyToAny", "false").param("types", "buyer | Buyers | 6\nsupplier | Suppliers")
                        .param("rules", "buyer -> supplier").param("sessions", "2027-05-11 09:00-12:00 Morning").param("tables", "5")
                        .param("maxMeetingsPerSession", "2"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(location)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Textile matchmaking Ghent")))
                .andExpect(content().string(containsString("buyer may request supplier")))
                .andExpect(content().string(containsString("Buyers (buyer), at most 6 meetings")))
                .andExpect(content().string(containsString("Each participant has at most 2 meetings in each session.")));
        mvc.perform(get("/matchmaking")).andExpect(content().string(containsString("Textile matchmaking Ghent")));
        mvc.perform(get(location + "/schedule").with(MatchmakingFixtures.organiserSession())).andExpect(status().isOk())
                .andExpect(content().string(containsString("The scheduler has not run yet")));
    }

    @Test
    void theCheckInDeskShowsTheFirstRowsUntilSomethingIsTypedAndFindsTheOthers() throws Exception {
        MatchmakingEvent event = fixtures.create(MatchmakingFixtures.aMorningEvent(2, 1));
        var p = fixtures.register(event, 60);
        var organiser = MatchmakingFixtures.organiserSession();
        String page = mvc.perform(get("/matchmaking/" + event.key() + "/check-in").with(organiser)).andExpect(status().isOk())
                .andExpect(content().string(containsString("60</span> participants")))
                .andExpect(content().string(containsString("type part of a name to find the others")))
                .andReturn().getResponse().getContentAsString();
        assertThat(page.split("class=\"check-in-row").length - 1).isEqualTo(50);

        var last = p.get(59);
        mvc.perform(get("/matchmaking/" + event.key() + "/check-in").param("q", last.displayName()).with(organiser)
                        .header("HX-Request", "true"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("p-" + last.id())))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("find the others"))));
    }

    @Test
    void theScheduleShowsTheResultAndTheProgressFragmentReloadsThePageWhenARunIsOver() throws Exception {
        MatchmakingEvent event = fixtures.create(MatchmakingFixtures.aMorningEvent(2, 1));
        var p = fixtures.register(event, 3);
        fixtures.request(event, p.get(0), p.get(1), 4);
        fixtures.request(event, p.get(0), p.get(2), 2);
        fixtures.request(event, p.get(1), p.get(2), 1);
        ScheduleRun run = scheduling.runNow(event.id());
        SecurityContextHolder.clearContext();
        mvc.perform(get("/matchmaking/" + event.key() + "/schedule"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        var organiser = MatchmakingFixtures.organiserSession();
        mvc.perform(get("/matchmaking/" + event.key() + "/schedule").with(organiser)).andExpect(status().isOk())
                .andExpect(content().string(containsString("proved upper bound")))
                .andExpect(content().string(containsString("Requested meetings that could not be placed")));
        mvc.perform(get("/matchmaking/" + event.key() + "/runs/" + run.id() + "/progress").with(organiser).header("HX-Request", "true"))
                .andExpect(status().isOk()).andExpect(header().string("HX-Refresh", "true"));
    }

    @Test
    void speedNetworkingRoundSheetsSeatEveryoneAndSayWhenTheRoundsCannotBeMade() throws Exception {
        MatchmakingEvent event = fixtures.create(MatchmakingFixtures.aMorningEvent(2, 1));
        var p = fixtures.register(event, 3);
        SecurityContextHolder.clearContext();
        mvc.perform(get("/matchmaking/" + event.key() + "/rotations")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Round 3")))
                .andExpect(content().string(containsString("Sits out: ")))
                .andExpect(content().string(containsString(p.get(0).displayName())));
        mvc.perform(get("/matchmaking/" + event.key() + "/rotations").param("size", "3").param("rounds", "2"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("at most 1 rounds")));
    }

    @Test
    void theGridLinksEachMeetingWhosePageShowsConflictsBeforeAMoveIsSaved() throws Exception {
        MatchmakingEvent event = fixtures.create(MatchmakingFixtures.aMorningEvent(2, 2));
        var p = fixtures.register(event, 3);
        fixtures.request(event, p.get(0), p.get(1), 4);
        fixtures.request(event, p.get(0), p.get(2), 2);
        scheduling.runNow(event.id());
        var meetings = fixtures.meetings(event);
        Meeting first = meetings.get(0);
        Meeting second = meetings.get(1);
        SecurityContextHolder.clearContext();
        var organiser = MatchmakingFixtures.organiserSession();
        mvc.perform(get("/matchmaking/" + event.key() + "/grid")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/matchmaking/" + event.key() + "/grid").with(organiser)).andExpect(status().isOk())
                .andExpect(content().string(containsString("/meetings/" + first.id())));
        mvc.perform(get("/matchmaking/" + event.key() + "/meetings/" + first.id() + "/conflicts").with(organiser)
                        .param("slot", String.valueOf(second.slotNumber())).param("table", String.valueOf(first.tableNumber())))
                .andExpect(status().isOk()).andExpect(content().string(containsString("already meets")));
        mvc.perform(post("/matchmaking/" + event.key() + "/meetings/" + first.id() + "/move").with(organiser).with(csrf())
                        .param("slot", String.valueOf(second.slotNumber())).param("table", String.valueOf(first.tableNumber())))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attribute("problem",
                        org.hamcrest.Matchers.containsString("already meets")));
        mvc.perform(get("/matchmaking/" + event.key() + "/meetings/" + first.id())).andExpect(status().is3xxRedirection());
    }

    @Test
    void theOrganiserRegistersAnOrganisationAndRecordsAndAnswersARequestOnThePage() throws Exception {
        MatchmakingEvent event = fixtures.create(MatchmakingFixtures.aMorningEvent(3, 2).withRequestMode(RequestMode.APPROVAL));
        var p = fixtures.register(event, 1);
        SecurityContextHolder.clearContext();
        var organiser = MatchmakingFixtures.organiserSession();
        String page = "/matchmaking/" + event.key() + "/participants";
        mvc.perform(get(page)).andExpect(status().is3xxRedirection());
        mvc.perform(post(page).with(organiser).with(csrf()).param("organisation", "no-such-cluster").param("contactEmail", "x"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("no organisation with the key")));
        mvc.perform(post(page).with(organiser).with(csrf()).param("organisation", "packbridge").param("contactEmail", "x"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("must be an e-mail address")));
        mvc.perform(post(page).with(organiser).with(csrf()).param("organisation", "packbridge").param("contactEmail", "ana@example.org")
                        .param("itemKind", "OFFER").param("itemTitle", "Recyclable trays"))
                .andExpect(status().is3xxRedirection());
        long packbridge = jdbc.sql("select id from matchmaking_participant where event_id = ? and id <> ?")
                .params(event.id(), p.get(0).id()).query(Long.class).single();
        mvc.perform(post("/matchmaking/" + event.key() + "/requests").with(organiser).with(csrf())
                        .param("requesterId", String.valueOf(packbridge)).param("targetId", String.valueOf(packbridge)).param("priority", "3"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("a participant cannot request themselves")));
        mvc.perform(post("/matchmaking/" + event.key() + "/requests").with(organiser).with(csrf())
                        .param("requesterId", String.valueOf(packbridge)).param("targetId", String.valueOf(p.get(0).id())).param("priority", "4"))
                .andExpect(status().is3xxRedirection());
        long request = jdbc.sql("select id from matchmaking_request where event_id = ?").param(event.id()).query(Long.class).single();
        mvc.perform(post("/matchmaking/" + event.key() + "/requests/" + request + "/accept").with(organiser).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select status from matchmaking_request where id = ?").param(request).query(String.class).single())
                .isEqualTo("ACCEPTED");
        mvc.perform(get(page).with(organiser)).andExpect(status().isOk()).andExpect(content().string(containsString("accepted")));
    }
}
