package eu.clusterbridge.matchmaking.web;

import java.util.List;

import eu.clusterbridge.directory.Organisations;
import eu.clusterbridge.matchmaking.EventAccess;
import eu.clusterbridge.matchmaking.MatchmakingEvent;
import eu.clusterbridge.matchmaking.MatchmakingEvents;
import eu.clusterbridge.matchmaking.MeetingRequests;
import eu.clusterbridge.matchmaking.Registrations;
import eu.clusterbridge.matchmaking.RequestStatus;
import eu.clusterbridge.matchmaking.Scheduling;
import eu.clusterbridge.shared.FieldChecks;
import eu.clusterbridge.shared.InvalidInput;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
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
    private final Organisations organisations;

    EventSetupPages(MatchmakingEvents events, Registrations registrations, MeetingRequests requests, Scheduling scheduling,
                    EventAccess access, Organisations organisations) {
        this.organisations = organisations;
        this.events = events;
        this.registrations = registrations;
        this.requests = requests;
        this.scheduling = scheduling;
        this.access = access;
    }

    @GetMapping("/matchmaking")
    String list(Model model) {
        model.addAttribute("events", events.all());
        model.addAttribute("mayCreate", access.mayCreateEvents());
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
        var organiser = event.organiserId() == null || !organisations.exists(event.organiserId()) ? null : organisations.get(event.organiserId());
        model.addAttribute("organiserName", organiser == null ? null : organiser.getName());
        model.addAttribute("organiserKey", organiser == null ? null : organiser.getKey());
        return "matchmaking/show";
    }

    @GetMapping("/matchmaking/new")
    String newForm(Model model) {
        if (!access.mayCreateEvents()) {
            throw new AccessDeniedException("Events are created by owners and editors of a published organisation");
        }
        model.addAttribute("form", EventForm.empty());
        return newPage(model, null);
    }

    /** Creates an event organised by one of the creator's organisations (administrators: any, or none). */
    @PostMapping("/matchmaking")
    String create(@ModelAttribute("form") EventForm form, BindingResult errors, @RequestParam(required = false) Long organiserChoice,
                  Model model, RedirectAttributes redirect) {
        Long organiserId = organiserChoice != null || access.isAdministrator() ? organiserChoice
                : access.organisingChoices().stream().findFirst().orElse(null);
        access.requireMayCreate(organiserId);
        try {
            FieldChecks checks = new FieldChecks();
            var setup = form.toSetup(checks);
            checks.orThrow();
            MatchmakingEvent created = events.create(setup, organiserId);
            redirect.addFlashAttribute("message", "Event created.");
            return "redirect:/matchmaking/" + created.key();
        } catch (InvalidInput invalid) {
            newPage(model, organiserId);
            return withErrors(invalid, errors);
        }
    }

    private String newPage(Model model, Long organiserId) {
        model.addAttribute("pageTitle", "New matchmaking event");
        List<Long> choices = access.organisingChoices();
        model.addAttribute("organisers", access.isAdministrator()
                ? organisations.all().stream().filter(o -> o.isPublished() || choices.contains(o.getId()))
                        .sorted(java.util.Comparator.comparing(o -> o.getName().toLowerCase())).toList()
                : choices.stream().map(organisations::get).toList());
        model.addAttribute("organiserId", organiserId);
        model.addAttribute("administrator", access.isAdministrator());
        return FORM;
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
            access.requireOrganiser(event.id());
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
