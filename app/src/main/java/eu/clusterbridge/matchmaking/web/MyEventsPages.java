package eu.clusterbridge.matchmaking.web;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import eu.clusterbridge.matchmaking.EventAccess;
import eu.clusterbridge.matchmaking.MatchmakingEvent;
import eu.clusterbridge.matchmaking.MatchmakingEvents;
import eu.clusterbridge.matchmaking.MeetingRequest;
import eu.clusterbridge.matchmaking.MeetingRequests;
import eu.clusterbridge.matchmaking.Participant;
import eu.clusterbridge.matchmaking.Registrations;
import eu.clusterbridge.shared.InvalidInput;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "My events": the events a signed-in person organises, their organisations' registrations with agenda links,
 * and the requests those received (accept, decline) and sent (cancel).
 */
@Controller
class MyEventsPages {

    private final MatchmakingEvents events;
    private final Registrations registrations;
    private final MeetingRequests requests;
    private final EventAccess access;
    private final eu.clusterbridge.matchmaking.CalendarFeeds feeds;

    MyEventsPages(MatchmakingEvents events, Registrations registrations, MeetingRequests requests, EventAccess access,
                  eu.clusterbridge.matchmaking.CalendarFeeds feeds) {
        this.feeds = feeds;
        this.events = events;
        this.registrations = registrations;
        this.requests = requests;
        this.access = access;
    }

    @GetMapping("/matchmaking/mine")
    String mine(Model model) {
        List<Participant> mine = registrations.ofOrganisations(access.ownOrganisations());
        Set<Long> ids = mine.stream().map(Participant::id).collect(Collectors.toSet());
        List<MeetingRequest> all = requests.ofParticipants(ids);
        Map<Long, MatchmakingEvent> byId = events.all().stream().collect(Collectors.toMap(MatchmakingEvent::id, e -> e));
        Set<Long> others = all.stream().flatMap(r -> java.util.stream.Stream.of(r.requesterId(), r.targetId())).collect(Collectors.toSet());
        model.addAttribute("organised", events.organisedBy(access.editableOrganisations()));
        model.addAttribute("registrations", mine);
        model.addAttribute("editable", access.editableOrganisations());
        model.addAttribute("events", byId);
        model.addAttribute("names", registrations.byIds(others).values().stream()
                .collect(Collectors.toMap(Participant::id, Participant::displayName)));
        model.addAttribute("incoming", all.stream().filter(r -> ids.contains(r.targetId())).toList());
        model.addAttribute("outgoing", all.stream().filter(r -> ids.contains(r.requesterId())).toList());
        model.addAttribute("open", byId.values().stream().filter(e -> e.registrationOpen(java.time.Instant.now()) && !e.isPublished()).toList());
        model.addAttribute("mayCreate", access.mayCreateEvents());
        String base = org.springframework.web.servlet.support.ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
        model.addAttribute("feeds", mine.stream().collect(Collectors.toMap(Participant::id,
                p -> base + "/matchmaking/calendar-feeds/" + feeds.tokenOf(p.id()) + ".ics")));
        return "matchmaking/mine";
    }

    @PostMapping("/matchmaking/mine/requests/{id}/{answer:accept|decline|cancel}")
    String answer(@PathVariable long id, @PathVariable String answer, RedirectAttributes redirect) {
        try {
            MeetingRequest request = switch (answer) {
                case "accept" -> requests.accept(id);
                case "decline" -> requests.decline(id);
                default -> requests.cancel(id);
            };
            redirect.addFlashAttribute("message", "The request is now " + request.status().name().toLowerCase() + ".");
        } catch (InvalidInput invalid) {
            redirect.addFlashAttribute("problem", invalid.getMessage());
        }
        return "redirect:/matchmaking/mine";
    }
}
