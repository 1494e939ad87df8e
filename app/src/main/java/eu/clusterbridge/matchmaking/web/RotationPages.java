package eu.clusterbridge.matchmaking.web;

import java.util.List;

import eu.clusterbridge.matchmaking.MatchmakingEvent;
import eu.clusterbridge.matchmaking.MatchmakingEvents;
import eu.clusterbridge.matchmaking.Participant;
import eu.clusterbridge.matchmaking.Registrations;
import eu.clusterbridge.scheduler.rotation.Rotation;
import eu.clusterbridge.scheduler.rotation.Rotations;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Speed networking for an event's participants: printable round sheets, in pairs (everyone meets everyone)
 * or at tables of a chosen size for a number of rounds without anyone meeting twice.
 */
@Controller
class RotationPages {

    private final MatchmakingEvents events;
    private final Registrations registrations;

    RotationPages(MatchmakingEvents events, Registrations registrations) {
        this.events = events;
        this.registrations = registrations;
    }

    @GetMapping("/matchmaking/{key}/rotations")
    String rotations(@PathVariable String key, @RequestParam(defaultValue = "2") int size,
                     @RequestParam(defaultValue = "0") int rounds, Model model) {
        MatchmakingEvent event = events.getByKey(key);
        List<String> names = registrations.ofEvent(event.id()).stream().map(Participant::displayName).distinct().toList();
        model.addAttribute("event", event);
        model.addAttribute("size", size);
        model.addAttribute("rounds", rounds);
        try {
            if (names.size() < 2) {
                throw new IllegalArgumentException("speed networking needs at least two participants");
            }
            Rotation rotation = size == 2 && rounds == 0 ? Rotations.pairs(names)
                    : Rotations.groups(names, size, rounds == 0 ? 1 : rounds, event.id());
            model.addAttribute("rotation", rotation);
        } catch (IllegalArgumentException impossible) {
            model.addAttribute("problem", impossible.getMessage());
        }
        return "matchmaking/rotations";
    }
}
