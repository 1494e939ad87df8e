package eu.clusterbridge.matchmaking.web;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import eu.clusterbridge.matchmaking.EventAccess;
import eu.clusterbridge.matchmaking.MatchmakingEvent;
import eu.clusterbridge.matchmaking.MatchmakingEvents;
import eu.clusterbridge.matchmaking.Participant;
import eu.clusterbridge.matchmaking.Registrations;
import eu.clusterbridge.matchmaking.ScheduleBoard;
import eu.clusterbridge.matchmaking.ScheduleRun;
import eu.clusterbridge.matchmaking.Scheduling;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The schedule as the organiser sees it: start a run, follow its progress, read meetings and explanations. */
@Controller
class SchedulePages {

    private final MatchmakingEvents events;
    private final Registrations registrations;
    private final Scheduling scheduling;
    private final ScheduleBoard board;
    private final EventAccess access;

    SchedulePages(MatchmakingEvents events, Registrations registrations, Scheduling scheduling, ScheduleBoard board, EventAccess access) {
        this.events = events;
        this.registrations = registrations;
        this.scheduling = scheduling;
        this.board = board;
        this.access = access;
    }

    @PostMapping("/matchmaking/{key}/schedule-runs")
    String start(@PathVariable String key) {
        scheduling.start(events.getByKey(key).id());
        return "redirect:/matchmaking/" + key + "/schedule";
    }

    @PostMapping("/matchmaking/{key}/publication")
    String publish(@PathVariable String key, @RequestParam boolean published, RedirectAttributes redirect) {
        board.publish(events.getByKey(key).id(), published);
        redirect.addFlashAttribute("message", published ? "The agendas are published." : "The agendas are hidden again.");
        return "redirect:/matchmaking/" + key;
    }

    @GetMapping("/matchmaking/{key}/schedule")
    String schedule(@PathVariable String key, Model model) {
        MatchmakingEvent event = events.getByKey(key);
        access.requireOrganiser(event.id()); // the board and the explanations are the organiser's working material
        model.addAttribute("event", event);
        model.addAttribute("organiser", true);
        ScheduleRun run = scheduling.latest(event.id()).orElse(null);
        model.addAttribute("run", run);
        model.addAttribute("unplaced", run == null ? java.util.List.of() : scheduling.unplaced(run.id()));
        model.addAttribute("meetings", board.meetings(event.id()));
        model.addAttribute("slots", events.slots(event.id()).stream().collect(Collectors.toMap(s -> s.number(), Function.identity())));
        model.addAttribute("tables", events.tables(event.id()).stream().collect(Collectors.toMap(t -> t.number(), Function.identity())));
        model.addAttribute("names", names(event.id()));
        return "matchmaking/schedule";
    }

    /** The progress fragment htmx polls; once the run is over the whole page reloads with the result. */
    @GetMapping("/matchmaking/{key}/runs/{runId}/progress")
    String progress(@PathVariable String key, @PathVariable long runId, Model model, HttpServletResponse response) {
        MatchmakingEvent event = events.getByKey(key);
        ScheduleRun run = scheduling.run(runId);
        if (run.eventId() != event.id()) {
            throw new Scheduling.RunNotFound(runId);
        }
        access.requireOrganiser(event.id());
        if (run.isFinished()) {
            response.setHeader("HX-Refresh", "true");
        }
        model.addAttribute("event", event);
        model.addAttribute("run", run);
        return "matchmaking/schedule :: progress";
    }

    private Map<Long, String> names(long eventId) {
        return registrations.ofEvent(eventId).stream().collect(Collectors.toMap(Participant::id, Participant::displayName));
    }
}
