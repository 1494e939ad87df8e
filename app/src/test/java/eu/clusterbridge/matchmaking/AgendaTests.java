package eu.clusterbridge.matchmaking;

import java.io.StringReader;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import eu.clusterbridge.IntegrationTest;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The agenda page, its PDF and its iCalendar file say the same thing, and the files are read back by real parsers. */
@IntegrationTest
class AgendaTests {

    @Autowired
    MatchmakingFixtures fixtures;

    @Autowired
    Scheduling scheduling;

    @Autowired
    ScheduleBoard board;

    @Autowired
    Agendas agendas;

    @Autowired
    MockMvc mvc;

    MatchmakingEvent event;
    List<Participant> p;

    @BeforeEach
    void aScheduledEvent() {
        event = fixtures.create(MatchmakingFixtures.aMorningEvent(4, 2));
        p = fixtures.register(event, 3);
        fixtures.request(event, p.get(0), p.get(1), 5);
        fixtures.request(event, p.get(0), p.get(2), 3);
        scheduling.runNow(event.id());
        // The requests below come from the browser side: nobody signed in unless the test says so.
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
    }

    @Test
    void anUnpublishedAgendaIsOnlyForTheOrganiser() throws Exception {
        String page = "/matchmaking/" + event.key() + "/agendas/" + p.get(0).id();
        mvc.perform(get(page)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        mvc.perform(get(page).with(MatchmakingFixtures.organiserSession())).andExpect(status().isOk());
        MatchmakingFixtures.actAsOperator();
        board.publish(event.id(), true);
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
        mvc.perform(get(page)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(p.get(1).displayName())));
    }

    @Test
    void thePdfHasTheMeetingsOfThePage() throws Exception {
        MatchmakingFixtures.actAsOperator();
        board.publish(event.id(), true);
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
        byte[] pdf = mvc.perform(get("/matchmaking/" + event.key() + "/agendas/" + p.get(0).id() + ".pdf"))
                .andExpect(status().isOk()).andExpect(content().contentType("application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Agenda of " + p.get(0).displayName().replaceAll("\\s+", " "))
                    .contains(p.get(1).displayName().replaceAll("\\s+", " "))
                    .contains(p.get(2).displayName().replaceAll("\\s+", " "))
                    .contains("2 meetings").contains("Europe/Brussels");
        }
    }

    @Test
    void theCalendarFileHasOneEventPerMeetingInTheEventsTimeZone() throws Exception {
        MatchmakingFixtures.actAsOperator();
        board.publish(event.id(), true);
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
        String ics = mvc.perform(get("/matchmaking/" + event.key() + "/agendas/" + p.get(0).id() + ".ics"))
                .andExpect(status().isOk()).andExpect(content().contentTypeCompatibleWith("text/calendar"))
                .andReturn().getResponse().getContentAsString();
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        calendar.validate();
        VTimeZone zone = calendar.getComponent("VTIMEZONE").map(VTimeZone.class::cast).orElseThrow();
        assertThat(zone.getProperty(Property.TZID).orElseThrow().getValue()).isEqualTo("Europe/Brussels");
        List<VEvent> meetings = calendar.getComponents("VEVENT");
        Agenda agenda = agendas.of(event.id(), p.get(0).id());
        assertThat(meetings).hasSize(2);
        for (VEvent meeting : meetings) {
            assertThat(meeting.getProperty(Property.DTSTART).orElseThrow().getParameter("TZID").orElseThrow().getValue())
                    .isEqualTo("Europe/Brussels");
            ZonedDateTime start = ZonedDateTime.from(meeting.getDateTimeStart().getDate()).withZoneSameInstant(ZoneId.of("Europe/Brussels"));
            assertThat(agenda.entries()).anySatisfy(e -> {
                assertThat(e.starts().toInstant()).isEqualTo(start.toInstant());
                assertThat(meeting.getSummary().getValue()).isEqualTo("B2B meeting with " + e.with());
            });
        }
    }
}
