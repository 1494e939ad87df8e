package eu.clusterbridge.matchmaking.web;

import eu.clusterbridge.matchmaking.Agenda;
import eu.clusterbridge.matchmaking.CalendarFeeds;
import eu.clusterbridge.matchmaking.MatchmakingEvents;
import eu.clusterbridge.matchmaking.Registrations;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The calendar feed address of a participant's agenda (no sign-in: the secret token in the address is the key) and
 * the button that replaces the token, revoking the old address.
 */
@Controller
class CalendarFeedPages {

    private static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

    private final CalendarFeeds feeds;
    private final Registrations registrations;
    private final MatchmakingEvents events;

    CalendarFeedPages(CalendarFeeds feeds, Registrations registrations, MatchmakingEvents events) {
        this.feeds = feeds;
        this.registrations = registrations;
        this.events = events;
    }

    @GetMapping("/matchmaking/calendar-feeds/{token}.ics")
    ResponseEntity<String> feed(@PathVariable String token, HttpServletRequest request) {
        Agenda agenda = feeds.agendaOf(token);
        return ResponseEntity.ok().contentType(CALENDAR).header("Cache-Control", "private, max-age=300")
                .body(AgendaCalendar.of(agenda, request.getServerName()));
    }

    @PostMapping("/matchmaking/{key}/registrations/{participantId}/calendar-feed")
    String regenerate(@PathVariable String key, @PathVariable long participantId, RedirectAttributes redirect) {
        if (registrations.get(participantId).eventId() != events.getByKey(key).id()) {
            throw new Registrations.ParticipantNotFound(participantId);
        }
        feeds.regenerate(participantId);
        redirect.addFlashAttribute("message", "The calendar feed has a new address; the old one no longer works.");
        return "redirect:/matchmaking/mine";
    }
}
