package eu.clusterbridge.matchmaking.web;

import java.util.Map;
import java.util.stream.Collectors;

import eu.clusterbridge.directory.Organisation;
import eu.clusterbridge.directory.Organisations;
import eu.clusterbridge.matchmaking.EventAccess;
import eu.clusterbridge.matchmaking.MatchmakingEvent;
import eu.clusterbridge.matchmaking.MatchmakingEvents;
import eu.clusterbridge.matchmaking.MeetingRequests;
import eu.clusterbridge.matchmaking.Participant;
import eu.clusterbridge.matchmaking.Registrations;
import eu.clusterbridge.shared.FieldChecks;
import eu.clusterbridge.shared.InvalidInput;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The organiser's page of participants and requests: register organisations, record requests, answer them. */
@Controller
class ParticipantPages {

    private static final String PAGE = "matchmaking/participants";

    private final MatchmakingEvents events;
    private final Registrations registrations;
    private final MeetingRequests requests;
    private final Organisations organisations;
    private final EventAccess access;

    ParticipantPages(MatchmakingEvents events, Registrations registrations, MeetingRequests requests, Organisations organisations,
                     EventAccess access) {
        this.events = events;
        this.registrations = registrations;
        this.requests = requests;
        this.organisations = organisations;
        this.access = access;
    }

    @GetMapping("/matchmaking/{key}/participants")
    String page(@PathVariable String key, Model model) {
        return page(events.getByKey(key), ParticipantForms.RegistrationForm.empty(), ParticipantForms.RequestForm.empty(), Map.of(), model);
    }

    @PostMapping("/matchmaking/{key}/participants")
    String register(@PathVariable String key, @ModelAttribute ParticipantForms.RegistrationForm form, Model model,
                    RedirectAttributes redirect) {
        MatchmakingEvent event = events.getByKey(key);
        try {
            Long organisationId = organisations.findByKey(form.organisation() == null ? "" : form.organisation().strip())
                    .map(Organisation::getId).orElse(null);
            FieldChecks checks = new FieldChecks();
            var registration = form.toRegistration(organisationId, checks);
            checks.orThrow();
            Participant registered = registrations.register(event.id(), registration);
            redirect.addFlashAttribute("message", registered.displayName() + " is registered.");
            return "redirect:/matchmaking/" + key + "/participants";
        } catch (InvalidInput invalid) {
            return page(event, form, ParticipantForms.RequestForm.empty(), invalid.byField(), model);
        }
    }

    @PostMapping("/matchmaking/{key}/requests")
    String request(@PathVariable String key, @ModelAttribute ParticipantForms.RequestForm form, Model model, RedirectAttributes redirect) {
        MatchmakingEvent event = events.getByKey(key);
        try {
            FieldChecks checks = new FieldChecks();
            var spec = form.toSpec(checks);
            checks.orThrow();
            requests.send(event.id(), spec);
            redirect.addFlashAttribute("message", "Request recorded.");
            return "redirect:/matchmaking/" + key + "/participants";
        } catch (InvalidInput invalid) {
            return page(event, ParticipantForms.RegistrationForm.empty(), form, invalid.byField(), model);
        }
    }

    @PostMapping("/matchmaking/{key}/requests/{id}/{answer:accept|decline|cancel}")
    String answer(@PathVariable String key, @PathVariable long id, @PathVariable String answer, RedirectAttributes redirect) {
        try {
            var request = switch (answer) {
                case "accept" -> requests.accept(id);
                case "decline" -> requests.decline(id);
                default -> requests.cancel(id);
            };
            redirect.addFlashAttribute("message", "Request " + id + " is now " + request.status().name().toLowerCase() + ".");
        } catch (InvalidInput invalid) {
            redirect.addFlashAttribute("problem", invalid.getMessage());
        }
        return "redirect:/matchmaking/" + key + "/participants";
    }

    private String page(MatchmakingEvent event, ParticipantForms.RegistrationForm registration, ParticipantForms.RequestForm request,
                        Map<String, String> errors, Model model) {
        access.requireOrganiser(event.id());
        var participants = registrations.ofEvent(event.id());
        model.addAttribute("event", event);
        model.addAttribute("participants", participants);
        model.addAttribute("names", participants.stream().collect(Collectors.toMap(Participant::id, Participant::displayName)));
        model.addAttribute("types", events.types(event.id()));
        model.addAttribute("requests", requests.ofEvent(event.id()));
        model.addAttribute("registration", registration);
        model.addAttribute("request", request);
        model.addAttribute("errors", errors);
        return PAGE;
    }
}
