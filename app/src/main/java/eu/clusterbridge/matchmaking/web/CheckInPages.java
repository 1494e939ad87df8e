package eu.clusterbridge.matchmaking.web;

import eu.clusterbridge.matchmaking.CheckIns;
import eu.clusterbridge.matchmaking.EventAccess;
import eu.clusterbridge.matchmaking.MatchmakingEvent;
import eu.clusterbridge.matchmaking.MatchmakingEvents;
import eu.clusterbridge.matchmaking.OnSiteParticipant;
import eu.clusterbridge.matchmaking.Registrations;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The check-in desk, made for a tablet: search as you type (htmx swaps the list), one big button per participant
 * to check in, mark a no-show or undo. Without JavaScript the same forms post and come back to the page.
 */
@Controller
class CheckInPages {

    /**
     * Rows shown at most: at the desk one types part of a name; rendering every row of a 1,000-participant event
     * (2,000 forms with CSRF tokens) took 0.36 s a page (docs/benchmarks.md).
     */
    static final int SHOWN = 50;

    private final MatchmakingEvents events;
    private final Registrations registrations;
    private final CheckIns checkIns;
    private final EventAccess access;

    CheckInPages(MatchmakingEvents events, Registrations registrations, CheckIns checkIns, EventAccess access) {
        this.events = events;
        this.registrations = registrations;
        this.checkIns = checkIns;
        this.access = access;
    }

    @GetMapping("/matchmaking/{key}/check-in")
    String page(@PathVariable String key, @RequestParam(defaultValue = "") String q,
                @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        MatchmakingEvent event = events.getByKey(key);
        access.requireOrganiser(event.id());
        var entries = checkIns.search(event.id(), q);
        model.addAttribute("event", event);
        model.addAttribute("q", q);
        model.addAttribute("total", entries.size());
        model.addAttribute("entries", entries.subList(0, Math.min(SHOWN, entries.size())));
        model.addAttribute("shownAtMost", SHOWN);
        model.addAttribute("checkedIn", entries.stream().filter(e -> e.presence() == eu.clusterbridge.matchmaking.Presence.CHECKED_IN).count());
        return htmx != null ? "matchmaking/check-in :: results" : "matchmaking/check-in";
    }

    @PostMapping({"/matchmaking/{key}/check-in/{participantId}/arrived", "/matchmaking/{key}/check-in/{participantId}/no-show",
            "/matchmaking/{key}/check-in/{participantId}/undo"})
    String mark(@PathVariable String key, @PathVariable long participantId, @RequestParam(defaultValue = "") String q,
                @RequestHeader(name = "HX-Request", required = false) String htmx, HttpServletRequest request, Model model) {
        MatchmakingEvent event = events.getByKey(key);
        if (registrations.get(participantId).eventId() != event.id()) {
            throw new Registrations.ParticipantNotFound(participantId);
        }
        String uri = request.getRequestURI();
        OnSiteParticipant entry = uri.endsWith("/arrived") ? checkIns.checkIn(participantId)
                : uri.endsWith("/no-show") ? checkIns.noShow(participantId) : checkIns.undo(participantId);
        if (htmx == null) {
            return "redirect:" + UriComponentsBuilder.fromPath("/matchmaking/{key}/check-in").queryParam("q", q)
                    .buildAndExpand(key).encode().toUriString() + "#p-" + participantId;
        }
        model.addAttribute("event", event);
        model.addAttribute("q", q);
        model.addAttribute("entry", entry);
        return "matchmaking/check-in-row :: row";
    }
}
