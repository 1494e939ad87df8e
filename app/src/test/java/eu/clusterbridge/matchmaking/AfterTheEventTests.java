package eu.clusterbridge.matchmaking;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import eu.clusterbridge.IntegrationTest;
import eu.clusterbridge.accounts.TestAccounts;
import eu.clusterbridge.accounts.internal.Account;
import eu.clusterbridge.directory.Organisation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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
 * After the event, through the pages: the participant's people fill the outcome survey (others may not), the
 * organiser sees the figures and downloads CSV files, which are read back here with a CSV parser.
 */
@IntegrationTest
class AfterTheEventTests {

    private static final String TRICKY = "Good, \"very\" good\nnext: a visit";

    @Autowired
    MockMvc mvc;

    @Autowired
    MatchmakingFixtures fixtures;

    @Autowired
    ApplicationContext context;

    @Autowired
    Registrations registrations;

    @Autowired
    MeetingRequests requests;

    @Autowired
    Scheduling scheduling;

    @Autowired
    ScheduleBoard board;

    @Autowired
    CheckIns checkIns;

    @Autowired
    MatchmakingStatistics statistics;

    private MatchmakingEvent event;
    private List<Participant> p;
    private Account member;
    private Account outsider;

    /** p0 is a draft organisation (named with a comma and quotes) whose member fills its survey; p1–p4 from the directory. */
    @BeforeEach
    void anEventThatTookPlace() {
        TestAccounts accounts = new TestAccounts(context);
        member = accounts.create("Survey member");
        outsider = accounts.create("Outsider");
        Organisation own = accounts.draftOrganisation("Hydrogen Valley, \"North\"", null, null, member);
        EventSetup morning = MatchmakingFixtures.aMorningEvent(4, 3);
        event = fixtures.create(new EventSetup(morning.name(), morning.venue(), false, morning.timeZone(), morning.registrationDeadline(),
                20, 5, RequestMode.APPROVAL, 10, true, null, null, null, morning.sessions(), morning.tables(), List.of(), List.of()));
        p = new ArrayList<>();
        p.add(registrations.register(event.id(), new Registration(own.getId(), null, "Ana", "ana@example.org", null, null,
                List.of(), List.of(), false, List.of())));
        p.addAll(fixtures.register(event, 4));
        MatchmakingFixtures.actAsOperator();
        requests.accept(fixtures.request(event, p.get(0), p.get(1), 4).id());
        requests.accept(fixtures.request(event, p.get(0), p.get(2), 3).id());
        requests.accept(fixtures.request(event, p.get(2), p.get(4), 2).id());
        requests.decline(fixtures.request(event, p.get(3), p.get(4), 5).id());
        fixtures.request(event, p.get(1), p.get(3), 1); // stays pending
        MatchmakingFixtures.actAsOperator();
        scheduling.runNow(event.id());
        for (int i : new int[] {0, 1, 2}) {
            checkIns.checkIn(p.get(i).id());
        }
        checkIns.noShow(p.get(4).id());
        SecurityContextHolder.clearContext();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theParticipantsPeopleAndTheOrganiserFillTheSurveyOthersMayNot() throws Exception {
        Meeting m01 = meetingOf(p.get(0), p.get(1));
        String page = "/matchmaking/" + event.key() + "/surveys/" + p.get(0).id();
        mvc.perform(get(page).with(TestAccounts.session(member))).andExpect(status().isOk())
                .andExpect(content().string(containsString(p.get(1).displayName())))
                .andExpect(content().string(containsString("Informative, no cooperation planned")));
        mvc.perform(get(page).with(TestAccounts.session(outsider))).andExpect(status().isForbidden());
        mvc.perform(get(page)).andExpect(redirectedUrl("/login"));
        mvc.perform(post(page + "/" + m01.id()).with(csrf()).with(TestAccounts.session(outsider)).param("outcome", "AGREEMENT_SIGNED"))
                .andExpect(status().isForbidden());
        mvc.perform(post(page + "/" + m01.id()).with(csrf()).param("outcome", "AGREEMENT_SIGNED")).andExpect(redirectedUrl("/login"));

        mvc.perform(post(page + "/" + m01.id()).with(csrf()).with(TestAccounts.session(member)).param("outcome", "maybe"))
                .andExpect(status().isUnprocessableContent()).andExpect(content().string(containsString("is not one of the answers")));
        mvc.perform(post(page + "/" + m01.id()).with(csrf()).with(TestAccounts.session(member)).param("comment", "no choice"))
                .andExpect(status().isUnprocessableContent());
        Meeting notMine = meetingOf(p.get(2), p.get(0)).id() == m01.id() ? null : board.meetings(event.id()).stream()
                .filter(m -> !m.involves(p.get(0).id())).findFirst().orElse(null);
        if (notMine != null) {
            mvc.perform(post(page + "/" + notMine.id()).with(csrf()).with(TestAccounts.session(member)).param("outcome", "AGREEMENT_SIGNED"))
                    .andExpect(status().isUnprocessableContent()).andExpect(content().string(containsString("is not a meeting of")));
        }
        assertThat(answers()).isEmpty();

        mvc.perform(post(page + "/" + m01.id()).with(csrf()).with(TestAccounts.session(member)).param("outcome", "INSUFFICIENT_INTEREST"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(page + "/" + m01.id()).with(csrf()).with(TestAccounts.session(member)).param("outcome", "COOPERATION_POSSIBLE")
                .param("comment", TRICKY)).andExpect(status().is3xxRedirection());
        mvc.perform(post("/matchmaking/" + event.key() + "/surveys/" + p.get(1).id() + "/" + m01.id()).with(csrf())
                .with(MatchmakingFixtures.organiserSession()).param("outcome", "AGREEMENT_SIGNED")).andExpect(status().is3xxRedirection());

        Map<Long, SurveyAnswer> byParticipant = answers().stream().collect(Collectors.toMap(SurveyAnswer::participantId, Function.identity()));
        assertThat(byParticipant).hasSize(2);
        assertThat(byParticipant.get(p.get(0).id())).extracting(SurveyAnswer::outcome, SurveyAnswer::comment)
                .containsExactly(MeetingOutcome.COOPERATION_POSSIBLE, TRICKY);
        assertThat(byParticipant.get(p.get(0).id()).answeredBy()).isEqualTo(member.getEmail());
        assertThat(byParticipant.get(p.get(1).id()).outcome()).isEqualTo(MeetingOutcome.AGREEMENT_SIGNED);
        mvc.perform(get(page).with(TestAccounts.session(member))).andExpect(content().string(containsString("Answered: Cooperation possible")));
    }

    @Test
    void theOrganiserSeesTheFiguresAndDownloadsCsvFilesThatReadBack() throws Exception {
        Meeting m01 = meetingOf(p.get(0), p.get(1));
        Meeting m02 = meetingOf(p.get(0), p.get(2));
        MatchmakingFixtures.actAsOperator();
        OutcomeSurveys surveys = context.getBean(OutcomeSurveys.class);
        surveys.answer(m01.id(), p.get(0).id(), MeetingOutcome.COOPERATION_POSSIBLE, TRICKY);
        surveys.answer(m01.id(), p.get(1).id(), MeetingOutcome.AGREEMENT_SIGNED, null);
        surveys.answer(m02.id(), p.get(0).id(), MeetingOutcome.DID_NOT_TAKE_PLACE, null);

        EventStatistics stats = statistics.of(event.id());
        assertThat(stats.requestsSent()).isEqualTo(5);
        assertThat(stats.requests()).containsEntry(RequestStatus.ACCEPTED, 3L).containsEntry(RequestStatus.DECLINED, 1L)
                .containsEntry(RequestStatus.PENDING, 1L);
        assertThat(stats.acceptanceRate()).isEqualTo(0.75);
        assertThat(stats.scheduled()).isEqualTo(3);
        assertThat(stats.freed()).as("p4 did not come: p2–p4 was freed").isEqualTo(1);
        assertThat(stats.held()).as("p0–p1 said so; p0–p2: p0 says it did not take place").isEqualTo(1);
        assertThat(stats.checkedIn()).isEqualTo(3);
        assertThat(stats.noShows()).isEqualTo(1);
        assertThat(stats.outcomes()).containsEntry(MeetingOutcome.AGREEMENT_SIGNED, 1L).containsEntry(MeetingOutcome.DID_NOT_TAKE_PLACE, 1L);
        EventStatistics.OutcomeGroup portugal = stats.byCountry().stream().filter(g -> g.code().equals("PT")).findFirst().orElseThrow();
        assertThat(portugal.total()).isGreaterThanOrEqualTo(2);
        assertThat(portugal.counts().get(MeetingOutcome.COOPERATION_POSSIBLE)).isGreaterThanOrEqualTo(1);
        assertThat(stats.byCountry().stream().mapToLong(EventStatistics.OutcomeGroup::total).sum()).isEqualTo(3);
        SecurityContextHolder.clearContext();

        String key = event.key();
        mvc.perform(get("/matchmaking/" + key + "/statistics").with(MatchmakingFixtures.organiserSession())).andExpect(status().isOk())
                .andExpect(content().string(containsString("75.0")))
                .andExpect(content().string(containsString("Agreement signed")))
                .andExpect(content().string(containsString("aria-label=\"3 of 5 requests\"")))
                .andExpect(content().string(containsString("aria-label=\"1 of 3 answers\"")));
        mvc.perform(get("/matchmaking/" + key + "/statistics").with(TestAccounts.session(member))).andExpect(status().isForbidden());
        mvc.perform(get("/matchmaking/" + key + "/export/meetings.csv").with(TestAccounts.session(member))).andExpect(status().isForbidden());

        List<List<String>> meetings = csv("/matchmaking/" + key + "/export/meetings.csv");
        assertThat(meetings.get(0)).containsExactly("meeting", "slot", "starts", "table", "participant_a", "participant_b", "placed_by",
                "held", "outcome_a", "comment_a", "outcome_b", "comment_b");
        assertThat(meetings).hasSize(1 + 2);
        List<String> row = meetings.stream().filter(r -> r.get(0).equals(String.valueOf(m01.id()))).findFirst().orElseThrow();
        assertThat(row.get(4)).isEqualTo(p.get(0).displayName()).contains(",", "\"");
        assertThat(row.subList(7, 12)).containsExactly("true", "COOPERATION_POSSIBLE", TRICKY, "AGREEMENT_SIGNED", null);

        List<List<String>> participants = csv("/matchmaking/" + key + "/export/participants.csv");
        assertThat(participants).hasSize(1 + 5);
        assertThat(participants).filteredOn(r -> r.get(0).equals(String.valueOf(p.get(4).id()))).singleElement()
                .satisfies(r -> assertThat(r.get(6)).isEqualTo("NO_SHOW"));
        assertThat(participants).filteredOn(r -> r.get(2).equals(p.get(0).displayName())).hasSize(1);

        List<List<String>> requestRows = csv("/matchmaking/" + key + "/export/requests.csv");
        assertThat(requestRows).hasSize(1 + 5);
        assertThat(requestRows.stream().skip(1).map(r -> r.get(4)).sorted().toList())
                .containsExactly("ACCEPTED", "ACCEPTED", "ACCEPTED", "DECLINED", "PENDING");
    }

    @Test
    void theCheckInDeskAnswersHtmxWithFragmentsAndBrowsersWithPages() throws Exception {
        String desk = "/matchmaking/" + event.key() + "/check-in";
        String name = p.get(3).displayName();
        mvc.perform(get(desk).with(MatchmakingFixtures.organiserSession())).andExpect(status().isOk())
                .andExpect(content().string(containsString("<html"))).andExpect(content().string(containsString("Find a participant")));
        mvc.perform(get(desk).param("q", name.substring(0, 5)).header("HX-Request", "true").with(MatchmakingFixtures.organiserSession()))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("<html"))))
                .andExpect(content().string(containsString("check-in-results")));
        mvc.perform(post(desk + "/" + p.get(3).id() + "/arrived").with(csrf()).header("HX-Request", "true")
                        .with(MatchmakingFixtures.organiserSession()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Checked in")))
                .andExpect(content().string(containsString("id=\"p-" + p.get(3).id() + "\"")));
        mvc.perform(post(desk + "/" + p.get(3).id() + "/undo").with(csrf()).param("q", "a b").with(MatchmakingFixtures.organiserSession()))
                .andExpect(redirectedUrl(desk + "?q=a%20b#p-" + p.get(3).id()));
        assertThat(checkInsAsOrganiser().get(p.get(3).id())).isNull();
        mvc.perform(get(desk).with(TestAccounts.session(member))).andExpect(status().isForbidden());
        mvc.perform(post(desk + "/" + p.get(3).id() + "/arrived").with(csrf()).with(TestAccounts.session(member))).andExpect(status().isForbidden());
        mvc.perform(get("/matchmaking/" + event.key() + "/walk-ins").param("slot", "1").with(MatchmakingFixtures.organiserSession()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Slots freed by no-shows")));
    }

    private Map<Long, Presence> checkInsAsOrganiser() {
        MatchmakingFixtures.actAsOperator();
        try {
            return checkIns.presence(event.id());
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private List<SurveyAnswer> answers() {
        MatchmakingFixtures.actAsOperator();
        try {
            return context.getBean(OutcomeSurveys.class).ofEvent(event.id());
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private Meeting meetingOf(Participant a, Participant b) {
        return board.meetings(event.id()).stream().filter(m -> m.involves(a.id()) && m.involves(b.id())).findFirst().orElseThrow();
    }

    private List<List<String>> csv(String path) throws Exception {
        var response = mvc.perform(get(path).with(MatchmakingFixtures.organiserSession())).andExpect(status().isOk()).andReturn().getResponse();
        assertThat(response.getContentType()).startsWith("text/csv");
        return parse(response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** An RFC 4180 reader written for the test: an empty unquoted field is null, a quoted one the empty string. */
    static List<List<String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean inQuotes = false;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inQuotes) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    inQuotes = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                inQuotes = true;
                quoted = true;
            } else if (c == ',' || c == '\r') {
                if (c == '\r') {
                    assertThat(text.charAt(i + 1)).as("lines end in CRLF").isEqualTo('\n');
                    i++;
                }
                row.add(field.isEmpty() && !quoted ? null : field.toString());
                field.setLength(0);
                quoted = false;
                if (c == '\r') {
                    rows.add(row);
                    row = new ArrayList<>();
                }
            } else {
                field.append(c);
            }
        }
        assertThat(inQuotes).as("no open quote at the end").isFalse();
        assertThat(row).as("the last line ends in CRLF").isEmpty();
        return rows;
    }
}
