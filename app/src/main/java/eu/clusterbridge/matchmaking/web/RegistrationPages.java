package eu.clusterbridge.matchmaking.web;

import java.util.List;
import java.util.Map;

import eu.clusterbridge.accounts.SignedInAccount;
import eu.clusterbridge.directory.Organisation;
import eu.clusterbridge.directory.Organisations;
import eu.clusterbridge.matchmaking.EventAccess;
import eu.clusterbridge.matchmaking.MatchmakingEvent;
import eu.clusterbridge.matchmaking.MatchmakingEvents;
import eu.clusterbridge.matchmaking.Participant;
import eu.clusterbridge.matchmaking.Registrations;
import eu.clusterbridge.shared.FieldChecks;
import eu.clusterbridge.shared.InvalidInput;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A participant's own registration: register one of your organisations (or create one first and come back),
 * change it or withdraw it until the agendas are published. {@code Registrations} and {@code EventAccess} decide.
 */
@Controller
class RegistrationPages {

    private static final String PAGE = "matchmaking/register";

    private final MatchmakingEvents events;
    private final Registrations registrations;
    private final Organisations organisations;
    private final EventAccess access;

    RegistrationPages(MatchmakingEvents events, Registrations registrations, Organisations organisations, EventAccess access) {
        this.events = events;
        this.registrations = registrations;
        this.organisations = organisations;
        this.access = access;
    }

    @GetMapping("/matchmaking/{key}/register")
    String form(@PathVariable String key, Authentication auth, Model model) {
        SignedInAccount me = SignedInAccount.of(auth).orElse(null);
        return page(events.getByKey(key), null, SelfRegistrationForm.empty(me == null ? "" : me.displayName(), me == null ? "" : me.email()),
                Map.of(), model);
    }

    @PostMapping("/matchmaking/{key}/register")
    String register(@PathVariable String key, @ModelAttribute SelfRegistrationForm form, Model model, RedirectAttributes redirect) {
        MatchmakingEvent event = events.getByKey(key);
        try {
            FieldChecks checks = new FieldChecks();
            var registration = form.toRegistration(checks);
            checks.orThrow();
            Participant registered = registrations.register(event.id(), registration);
            redirect.addFlashAttribute("message", registered.displayName() + " is registered for " + event.name() + ".");
            return "redirect:/matchmaking/mine";
        } catch (InvalidInput invalid) {
            return page(event, null, form, invalid.byField(), model);
        }
    }

    @GetMapping("/matchmaking/{key}/registrations/{participantId}/edit")
    String edit(@PathVariable String key, @PathVariable long participantId, Model model) {
        Participant participant = ofEvent(key, participantId);
        access.requireRegisters(participant.eventId(), participant.organisationId());
        return page(events.get(participant.eventId()), participant, SelfRegistrationForm.of(registrations.registrationOf(participantId)),
                Map.of(), model);
    }

    @PostMapping("/matchmaking/{key}/registrations/{participantId}")
    String update(@PathVariable String key, @PathVariable long participantId, @ModelAttribute SelfRegistrationForm form, Model model,
                  RedirectAttributes redirect) {
        Participant participant = ofEvent(key, participantId);
        access.requireRegisters(participant.eventId(), participant.organisationId());
        try {
            FieldChecks checks = new FieldChecks();
            var registration = form.toRegistration(checks);
            checks.orThrow();
            registrations.update(participantId, registration);
            redirect.addFlashAttribute("message", "The registration of " + participant.displayName() + " is saved.");
            return "redirect:/matchmaking/mine";
        } catch (InvalidInput invalid) {
            return page(events.get(participant.eventId()), participant, form, invalid.byField(), model);
        }
    }

    @PostMapping("/matchmaking/{key}/registrations/{participantId}/withdraw")
    String withdraw(@PathVariable String key, @PathVariable long participantId, RedirectAttributes redirect) {
        Participant participant = ofEvent(key, participantId);
        try {
            registrations.withdraw(participantId);
            redirect.addFlashAttribute("message", participant.displayName() + " no longer takes part in the event.");
        } catch (InvalidInput invalid) {
            redirect.addFlashAttribute("problem", invalid.getMessage());
        }
        return "redirect:/matchmaking/mine";
    }

    /** The participant, if it belongs to the event of the address (else 404: addresses do not mix events). */
    private Participant ofEvent(String key, long participantId) {
        MatchmakingEvent event = events.getByKey(key);
        Participant participant = registrations.get(participantId);
        if (participant.eventId() != event.id()) {
            throw new Registrations.ParticipantNotFound(participantId);
        }
        return participant;
    }

    private String page(MatchmakingEvent event, Participant participant, SelfRegistrationForm form, Map<String, String> errors, Model model) {
        List<Long> registered = registrations.ofEvent(event.id()).stream().map(Participant::organisationId).toList();
        List<Organisation> choices = access.editableOrganisations().stream().filter(id -> !registered.contains(id))
                .filter(organisations::exists).map(organisations::get).toList();
        model.addAttribute("event", event);
        model.addAttribute("participant", participant);
        model.addAttribute("form", form);
        model.addAttribute("itemRows", form.itemRows());
        model.addAttribute("choices", choices);
        model.addAttribute("open", event.registrationOpen(java.time.Instant.now()) || access.isOrganiser(event.id()));
        model.addAttribute("types", events.types(event.id()));
        model.addAttribute("sessions", events.sessions(event.id()));
        model.addAttribute("slots", events.slots(event.id()));
        model.addAttribute("errors", errors);
        return PAGE;
    }
}
