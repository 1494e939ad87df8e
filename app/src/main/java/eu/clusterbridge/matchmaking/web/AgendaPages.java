package eu.clusterbridge.matchmaking.web;

import java.nio.charset.StandardCharsets;

import eu.clusterbridge.matchmaking.Agenda;
import eu.clusterbridge.matchmaking.Agendas;
import eu.clusterbridge.matchmaking.MatchmakingEvent;
import eu.clusterbridge.matchmaking.MatchmakingEvents;
import eu.clusterbridge.matchmaking.Registrations;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Each participant's agenda as a page, a print-ready PDF and an iCalendar file. */
@Controller
class AgendaPages {

    private static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private final MatchmakingEvents events;
    private final Registrations registrations;
    private final Agendas agendas;
    private final AgendaPdf pdf;

    AgendaPages(MatchmakingEvents events, Registrations registrations, Agendas agendas, AgendaPdf pdf) {
        this.events = events;
        this.registrations = registrations;
        this.agendas = agendas;
        this.pdf = pdf;
    }

    @GetMapping("/matchmaking/{key}/agendas")
    String list(@PathVariable String key, Model model) {
        MatchmakingEvent event = events.getByKey(key);
        model.addAttribute("event", event);
        model.addAttribute("visible", agendas.visible(event));
        model.addAttribute("participants", agendas.visible(event) ? registrations.ofEvent(event.id()) : java.util.List.of());
        return "matchmaking/agendas";
    }

    @GetMapping("/matchmaking/{key}/agendas/{participantId}")
    String page(@PathVariable String key, @PathVariable long participantId, Model model) {
        model.addAttribute("agenda", agenda(key, participantId));
        return "matchmaking/agenda";
    }

    @GetMapping("/matchmaking/{key}/agendas/{participantId}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String key, @PathVariable long participantId) {
        Agenda agenda = agenda(key, participantId);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(fileName(agenda) + ".pdf").build().toString())
                .body(pdf.of(agenda));
    }

    @GetMapping("/matchmaking/{key}/agendas/{participantId}.ics")
    ResponseEntity<String> calendar(@PathVariable String key, @PathVariable long participantId, HttpServletRequest request) {
        Agenda agenda = agenda(key, participantId);
        return ResponseEntity.ok().contentType(CALENDAR)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName(agenda) + ".ics").build().toString())
                .body(AgendaCalendar.of(agenda, request.getServerName()));
    }

    private Agenda agenda(String key, long participantId) {
        return agendas.of(events.getByKey(key).id(), participantId);
    }

    private static String fileName(Agenda agenda) {
        return "agenda-" + agenda.event().key() + "-" + agenda.participant().id();
    }
}
