package eu.clusterbridge.matchmaking.web;

import eu.clusterbridge.matchmaking.BoardConflict;
import eu.clusterbridge.matchmaking.EventAccess;
import eu.clusterbridge.matchmaking.MatchmakingEvent;
import eu.clusterbridge.matchmaking.MatchmakingEvents;
import eu.clusterbridge.matchmaking.Meeting;
import eu.clusterbridge.matchmaking.WalkIns;
import eu.clusterbridge.shared.InvalidInput;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Filling the slots no-shows freed: the free slots, suggested pairs for one slot, and confirming one of them. */
@Controller
class WalkInPages {

    private final MatchmakingEvents events;
    private final WalkIns walkIns;
    private final EventAccess access;

    WalkInPages(MatchmakingEvents events, WalkIns walkIns, EventAccess access) {
        this.events = events;
        this.walkIns = walkIns;
        this.access = access;
    }

    @GetMapping("/matchmaking/{key}/walk-ins")
    String page(@PathVariable String key, @RequestParam(required = false) Integer slot, Model model) {
        MatchmakingEvent event = events.getByKey(key);
        access.requireOrganiser(event.id());
        model.addAttribute("event", event);
        model.addAttribute("freed", walkIns.freedSlots(event.id()));
        model.addAttribute("slots", events.slots(event.id()));
        model.addAttribute("slot", slot);
        model.addAttribute("suggestions", slot == null ? java.util.List.of() : walkIns.suggestions(event.id(), slot));
        return "matchmaking/walk-ins";
    }

    @PostMapping("/matchmaking/{key}/walk-ins")
    String confirm(@PathVariable String key, @RequestParam long a, @RequestParam long b, @RequestParam int slot, @RequestParam int table,
                   RedirectAttributes redirect) {
        MatchmakingEvent event = events.getByKey(key);
        try {
            Meeting placed = walkIns.confirm(event.id(), a, b, slot, table);
            redirect.addFlashAttribute("message", "Walk-in meeting placed in slot " + placed.slotNumber() + " at table " + placed.tableNumber() + ".");
        } catch (BoardConflict | InvalidInput refused) {
            redirect.addFlashAttribute("problem", "Not placed: " + refused.getMessage());
        }
        return "redirect:/matchmaking/" + key + "/walk-ins?slot=" + slot;
    }
}
