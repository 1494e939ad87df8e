package eu.clusterbridge.community.web;

import java.util.List;

import eu.clusterbridge.community.CommunityEvent;
import eu.clusterbridge.community.CommunityEvents;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/** The community calendar: events and calls with their dates and figures, as a page and as JSON. */
@Controller
@Tag(name = "Events", description = "Events and calls of the cluster community")
class EventPages {

    private final CommunityEvents events;

    EventPages(CommunityEvents events) {
        this.events = events;
    }

    @GetMapping("/events")
    String list(Model model) {
        model.addAttribute("events", events.all());
        return "events/list";
    }

    @GetMapping("/api/events")
    @ResponseBody
    @Operation(summary = "All events and calls, newest first")
    List<CommunityEvent> api() {
        return events.all();
    }
}
