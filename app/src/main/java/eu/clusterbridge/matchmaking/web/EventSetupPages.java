package eu.clusterbridge.matchmaking.web;

import eu.clusterbridge.matchmaking.EventAccess;
import eu.clusterbridge.matchmaking.MatchmakingEvent;
import eu.clusterbridge.matchmaking.MatchmakingEvents;
import eu.clusterbridge.matchmaking.MeetingRequests;
import eu.clusterbridge.matchmaking.Registrations;
import eu.clusterbridge.matchmaking.RequestStatus;
import eu.clusterbridge.matchmaking.Scheduling;
import eu.clusterbridge.shared.FieldChecks;
import eu.clusterbridge.shared.InvalidInput;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The organiser's pages to list, set up and look over matchmaking events. */
@Controller
class EventSetupPages {

    private static final String FORM = "matchmaking/form";

    private final MatchmakingEvents events;
    private final Registrations registrations;
    private final MeetingRequests requests;
    private final Scheduling scheduling;
    private final EventAccess access;

    EventSetupPages(MatchmakingEvents events, Registrations registrations, MeetingRequests requests, Scheduling scheduling,
                    EventAccess access) {
        this.events = events;
        this.registrations = registrations;
        this.requests = requests;
        this.scheduling = scheduling;
        this.access = access;
    }

    @GetMapping("/matchmaking")
    String list(Model model) {
        model.addAttribute("events", events.all());
        return "matchmaking/list";
    }

    @GetMapping("/matchmaking/{key}")
    String show(@PathVariable String key, Model model) {
        MatchmakingEvent event = events.getByKey(key);
        model.addAttribute("event", event);
        model.addAttribute("sessions", events.sessions(event.id()));
        model.addAttribute("slots", events.slots(event.id()));
        model.addAttribute("tables", events.tables(event.id()));
        model.addAttribute("types", events.types(event.id()));
        model.addAttribute("rules", events.rules(event.id()));
        model.addAttribute("participants", registrations.ofEvent(event.id()));
        model.addAttribute("accepted", requests.ofEvent(event.id()).stream().filter(r -> r.status() == RequestStatus.ACCEPTED).count());
        model.addAttribute("pending", requests.ofEvent(event.id()).stream().filter(r -> r.status() == RequestStatus.PENDING).count());
        model.addAttribute("run", scheduling.latest(event.id()).orElse(null));
        model.addAttribute("organiser", access.isOrganiser(event.id()));
        return "matchmaking/show";
    }

    @GetMapping("/matchmaking/new")
    String newForm(Model model) {
        access.requireOrganiser(0);
        model.addAttribute("form", EventForm.empty());
        model.addAttribute("pageTitle", "New matchmaking event");
        return FORM;
    }

    @PostMapping("/matchmaking")
    String create(@ModelAttribute("form") EventForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        try {
            FieldChecks checks = new FieldChecks();
            var setup = form.toSetup(checks);
            checks.orThrow();
            MatchmakingEvent created = events.create(setup);
            redirect.addFlashAttribute("message", "Event created.");
            return "redirect:/matchmaking/" + created.key();
        } catch (InvalidInput invalid) {
            model.addAttribute("pageTitle", "New matchmaking event");
            return withErrors(invalid, errors);
        }
    }

    @GetMapping("/matchmaking/{key}/edit")
    String editForm(@PathVariable String key, Model model) {
        MatchmakingEvent event = events.getByKey(key);
        access.requireOrganiser(event.id());
        model.addAttribute("event", event);
        model.addAttribute("form", EventForm.of(events.setupOf(event.id())));
        model.addAttribute("pageTitle", "Set up " + event.name());
        return FORM;
    }

    @PostMapping("/matchmaking/{key}")
    String update(@PathVariable String key, @ModelAttribute("form") EventForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        MatchmakingEvent event = events.getByKey(key);
        try {
            FieldChecks checks = new FieldChecks();
            var setup = form.toSetup(checks);
            checks.orThrow();
            events.update(event.id(), setup);
            redirect.addFlashAttribute("message", "Changes saved.");
            return "redirect:/matchmaking/" + key;
        } catch (InvalidInput invalid) {
            model.addAttribute("event", event);
            model.addAttribute("pageTitle", "Set up " + event.name());
            return withErrors(invalid, errors);
        }
    }

    /** Problems of list entries ("sessions[2].ends") are shown at their list's field. */
    private static String withErrors(InvalidInput invalid, BindingResult errors) {
        invalid.problems().forEach(p -> {
            String field = p.field().replaceAll("[\\[.].*$", "");
            String where = field.equals(p.field()) ? "" : p.field().substring(field.length()) + ": ";
            errors.rejectValue(field, "invalid", where + p.message());
        });
        return FORM;
    }
}
