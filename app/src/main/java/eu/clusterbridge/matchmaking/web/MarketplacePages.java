package eu.clusterbridge.matchmaking.web;

import java.util.List;

import eu.clusterbridge.matchmaking.EventAccess;
import eu.clusterbridge.matchmaking.Marketplace;
import eu.clusterbridge.matchmaking.MatchmakingEvent;
import eu.clusterbridge.matchmaking.MatchmakingEvents;
import eu.clusterbridge.matchmaking.MeetingRequests;
import eu.clusterbridge.matchmaking.Participant;
import eu.clusterbridge.matchmaking.Registrations;
import eu.clusterbridge.matchmaking.RequestSpec;
import eu.clusterbridge.shared.FieldChecks;
import eu.clusterbridge.shared.InvalidInput;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The event's participants and marketplace items, searched with facets; a participant's people send meeting
 * requests from here (as one of their registered organisations).
 */
@Controller
class MarketplacePages {

    private final MatchmakingEvents events;
    private final Marketplace marketplace;
    private final Registrations registrations;
    private final MeetingRequests requests;
    private final EventAccess access;

    MarketplacePages(MatchmakingEvents events, Marketplace marketplace, Registrations registrations, MeetingRequests requests,
                     EventAccess access) {
        this.events = events;
        this.marketplace = marketplace;
        this.registrations = registrations;
        this.requests = requests;
        this.access = access;
    }

    @GetMapping("/matchmaking/{key}/marketplace")
    String search(@PathVariable String key, @RequestParam(required = false) String q, @RequestParam(required = false) String type,
                  @RequestParam(required = false) String country, @RequestParam(required = false) String sector,
                  @RequestParam(required = false) String kind, @RequestParam(defaultValue = "0") int page, Model model) {
        MatchmakingEvent event = events.getByKey(key);
        Marketplace.Query query = Marketplace.Query.parse(q, type, country, sector, kind, page);
        model.addAttribute("event", event);
        model.addAttribute("query", query);
        model.addAttribute("result", marketplace.search(event.id(), query));
        model.addAttribute("mine", mine(event));
        return "matchmaking/marketplace";
    }

    @PostMapping("/matchmaking/{key}/marketplace/requests")
    String request(@PathVariable String key, @RequestParam(required = false) String requesterId, @RequestParam(required = false) String targetId,
                   @RequestParam(required = false) String priority, @RequestParam(required = false) String message,
                   RedirectAttributes redirect) {
        MatchmakingEvent event = events.getByKey(key);
        if (mine(event).isEmpty() && !access.isOrganiser(event.id())) {
            throw new org.springframework.security.access.AccessDeniedException("Only the event's participants send requests");
        }
        try {
            FieldChecks checks = new FieldChecks();
            var spec = new ParticipantForms.RequestForm(requesterId, targetId, priority, message).toSpec(checks);
            checks.orThrow();
            var sent = requests.send(event.id(), new RequestSpec(spec.requesterId(), spec.targetId(), spec.priority(), spec.message()));
            redirect.addFlashAttribute("message", "Request sent to " + registrations.get(sent.targetId()).displayName() + " ("
                    + sent.status().name().toLowerCase() + ").");
            return "redirect:/matchmaking/mine";
        } catch (InvalidInput invalid) {
            redirect.addFlashAttribute("problem", "Not sent: " + invalid.getMessage());
            return "redirect:/matchmaking/" + key + "/marketplace";
        }
    }

    /** The current person's own participants in this event (they may request meetings as them). */
    private List<Participant> mine(MatchmakingEvent event) {
        List<Long> own = access.ownOrganisations();
        return own.isEmpty() ? List.of() : registrations.ofEvent(event.id()).stream().filter(p -> own.contains(p.organisationId())).toList();
    }
}
