package eu.clusterbridge.matchmaking.web;

import java.net.URI;
import java.util.List;

import eu.clusterbridge.matchmaking.EventAccess;
import eu.clusterbridge.matchmaking.EventParts;
import eu.clusterbridge.matchmaking.EventSetup;
import eu.clusterbridge.matchmaking.MatchmakingEvent;
import eu.clusterbridge.matchmaking.MatchmakingEvents;
import eu.clusterbridge.matchmaking.MeetingRequest;
import eu.clusterbridge.matchmaking.MeetingRequests;
import eu.clusterbridge.matchmaking.Participant;
import eu.clusterbridge.matchmaking.Registration;
import eu.clusterbridge.matchmaking.Registrations;
import eu.clusterbridge.matchmaking.RequestSpec;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Event set-up, registrations and meeting requests over JSON; every change needs the organiser. */
@RestController
@RequestMapping("/api/matchmaking")
@Tag(name = "Matchmaking", description = "B2B matchmaking events: set-up, participants, requests")
class MatchmakingApi {

    private final MatchmakingEvents events;
    private final Registrations registrations;
    private final MeetingRequests requests;
    private final EventAccess access;

    MatchmakingApi(MatchmakingEvents events, Registrations registrations, MeetingRequests requests, EventAccess access) {
        this.access = access;
        this.events = events;
        this.registrations = registrations;
        this.requests = requests;
    }

    /** An event with its set-up as it would be submitted again, plus the derived slots and tables. */
    record EventJson(MatchmakingEvent event, EventSetup setup, List<EventParts.Session> sessions, List<EventParts.Slot> slots,
                     List<EventParts.Table> tables, List<EventParts.ParticipantType> types) {
    }

    @GetMapping("/events")
    @Operation(summary = "All matchmaking events, newest first")
    List<MatchmakingEvent> list() {
        return events.all();
    }

    @GetMapping("/events/{id}")
    EventJson get(@PathVariable long id) {
        return json(events.get(id));
    }

    @PostMapping("/events")
    @Operation(summary = "Set up an event: sessions, slot length and pause, tables, participant types and booking rules, limits",
            description = "organiserId: the organising organisation (one you own or edit; administrators: any). Without it, your "
                    + "first such organisation, or for administrators none (organised by the administrators alone).")
    ResponseEntity<EventJson> create(@RequestBody EventSetup setup, @RequestParam(required = false) Long organiserId) {
        Long organiser = organiserId != null || access.isAdministrator() ? organiserId
                : access.organisingChoices().stream().findFirst().orElse(null);
        MatchmakingEvent event = events.create(setup, organiser);
        return ResponseEntity.created(URI.create("/api/matchmaking/events/" + event.id())).body(json(event));
    }

    @PutMapping("/events/{id}")
    EventJson update(@PathVariable long id, @RequestBody EventSetup setup) {
        return json(events.update(id, setup));
    }

    /** Participants as anyone may see them; contacts and profiles only for the organiser. */
    @GetMapping("/events/{id}/participants")
    List<Participant> participants(@PathVariable long id) {
        return registrations.ofEvent(id).stream().map(p -> access.isOrganiser(id) ? p
                : new Participant(p.id(), p.eventId(), p.organisationId(), p.displayName(), p.typeCode(), null, null, null, p.maxMeetings()))
                .toList();
    }

    @PostMapping("/events/{id}/participants")
    @Operation(summary = "Register a directory organisation for the event (its owners and editors before the deadline, or the organiser)")
    ResponseEntity<Participant> register(@PathVariable long id, @RequestBody Registration registration) {
        Participant participant = registrations.register(id, registration);
        return ResponseEntity.created(URI.create("/api/matchmaking/participants/" + participant.id())).body(participant);
    }

    @GetMapping("/events/{id}/requests")
    @Operation(summary = "The event's meeting requests with their messages (organiser only)")
    List<MeetingRequest> requests(@PathVariable long id) {
        access.requireOrganiser(id);
        return requests.ofEvent(id);
    }

    @PostMapping("/events/{id}/requests")
    @Operation(summary = "Send a meeting request (priority 1-5); booking rules are enforced")
    ResponseEntity<MeetingRequest> request(@PathVariable long id, @RequestBody RequestSpec spec) {
        MeetingRequest request = requests.send(id, spec);
        return ResponseEntity.created(URI.create("/api/matchmaking/requests/" + request.id())).body(request);
    }

    @PostMapping("/requests/{id}/accept")
    MeetingRequest accept(@PathVariable long id) {
        return requests.accept(id);
    }

    @PostMapping("/requests/{id}/decline")
    MeetingRequest decline(@PathVariable long id) {
        return requests.decline(id);
    }

    @PostMapping("/requests/{id}/cancel")
    MeetingRequest cancel(@PathVariable long id) {
        return requests.cancel(id);
    }

    private EventJson json(MatchmakingEvent event) {
        long id = event.id();
        return new EventJson(event, events.setupOf(id), events.sessions(id), events.slots(id), events.tables(id), events.types(id));
    }
}
