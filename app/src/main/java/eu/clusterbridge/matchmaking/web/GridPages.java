package eu.clusterbridge.matchmaking.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import eu.clusterbridge.matchmaking.BoardConflict;
import eu.clusterbridge.matchmaking.EventAccess;
import eu.clusterbridge.matchmaking.EventParts;
import eu.clusterbridge.matchmaking.MatchmakingEvent;
import eu.clusterbridge.matchmaking.MatchmakingEvents;
import eu.clusterbridge.matchmaking.Meeting;
import eu.clusterbridge.matchmaking.Participant;
import eu.clusterbridge.matchmaking.Registrations;
import eu.clusterbridge.matchmaking.ScheduleBoard;
import eu.clusterbridge.shared.InvalidInput;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The manual scheduler: a grid of tables × slots, a page of slots and tables at a time so that large events stay
 * usable, and one meeting's page to move it (conflicts are shown as soon as a slot and table are chosen) or lock it.
 */
@Controller
class GridPages {

    static final int SLOTS_PER_PAGE = 8;
    static final int TABLES_PER_PAGE = 40;

    private final MatchmakingEvents events;
    private final Registrations registrations;
    private final ScheduleBoard board;
    private final EventAccess access;

    GridPages(MatchmakingEvents events, Registrations registrations, ScheduleBoard board, EventAccess access) {
        this.events = events;
        this.registrations = registrations;
        this.board = board;
        this.access = access;
    }

    @GetMapping("/matchmaking/{key}/grid")
    String grid(@PathVariable String key, @RequestParam(defaultValue = "1") int slot, @RequestParam(defaultValue = "1") int table,
                Model model) {
        MatchmakingEvent event = events.getByKey(key);
        access.requireOrganiser(event.id());
        List<EventParts.Slot> slots = events.slots(event.id());
        List<EventParts.Table> tables = events.tables(event.id());
        Map<String, Meeting> cells = new HashMap<>();
        board.meetings(event.id()).forEach(m -> cells.put(m.tableNumber() + "-" + m.slotNumber(), m));
        model.addAttribute("event", event);
        model.addAttribute("slots", slots.stream().filter(s -> s.number() >= slot && s.number() < slot + SLOTS_PER_PAGE).toList());
        model.addAttribute("tables", tables.stream().filter(t -> t.number() >= table && t.number() < table + TABLES_PER_PAGE).toList());
        model.addAttribute("cells", cells);
        model.addAttribute("names", names(event.id()));
        model.addAttribute("slot", slot);
        model.addAttribute("table", table);
        model.addAttribute("slotCount", slots.size());
        model.addAttribute("tableCount", tables.size());
        model.addAttribute("slotsPerPage", SLOTS_PER_PAGE);
        model.addAttribute("tablesPerPage", TABLES_PER_PAGE);
        return "matchmaking/grid";
    }

    @GetMapping("/matchmaking/{key}/meetings/{id}")
    String meeting(@PathVariable String key, @PathVariable long id, Model model) {
        MatchmakingEvent event = events.getByKey(key);
        Meeting meeting = board.get(id);
        if (meeting.eventId() != event.id()) {
            throw new ScheduleBoard.MeetingNotFound(id);
        }
        access.requireOrganiser(event.id());
        model.addAttribute("event", event);
        model.addAttribute("meeting", meeting);
        model.addAttribute("names", names(event.id()));
        model.addAttribute("slots", events.slots(event.id()));
        model.addAttribute("tables", events.tables(event.id()));
        return "matchmaking/meeting";
    }

    /** The conflicts of a move, for htmx to show next to the form before anything is saved. */
    @GetMapping("/matchmaking/{key}/meetings/{id}/conflicts")
    String conflicts(@PathVariable String key, @PathVariable long id, @RequestParam int slot, @RequestParam int table, Model model) {
        access.requireOrganiser(events.getByKey(key).id());
        model.addAttribute("conflicts", board.conflicts(id, slot, table));
        return "matchmaking/meeting :: conflicts";
    }

    @PostMapping("/matchmaking/{key}/meetings/{id}/move")
    String move(@PathVariable String key, @PathVariable long id, @RequestParam int slot, @RequestParam int table,
                RedirectAttributes redirect) {
        try {
            Meeting moved = board.move(id, slot, table);
            redirect.addFlashAttribute("message", "Moved to slot " + moved.slotNumber() + ", table " + moved.tableNumber() + ".");
        } catch (BoardConflict | InvalidInput refused) {
            redirect.addFlashAttribute("problem", "Not moved: " + refused.getMessage());
        }
        return "redirect:/matchmaking/" + key + "/meetings/" + id;
    }

    @PostMapping("/matchmaking/{key}/meetings/{id}/lock")
    String lock(@PathVariable String key, @PathVariable long id, @RequestParam boolean locked, RedirectAttributes redirect) {
        board.lock(id, locked);
        redirect.addFlashAttribute("message", locked ? "Locked: re-scheduling keeps it where it is." : "Unlocked.");
        return "redirect:/matchmaking/" + key + "/meetings/" + id;
    }

    private Map<Long, String> names(long eventId) {
        return registrations.ofEvent(eventId).stream().collect(Collectors.toMap(Participant::id, Participant::displayName));
    }
}
