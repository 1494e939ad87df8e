package eu.clusterbridge.matchmaking.web;

import java.util.List;

import eu.clusterbridge.matchmaking.CheckIns;
import eu.clusterbridge.matchmaking.EventAccess;
import eu.clusterbridge.matchmaking.FreedSlot;
import eu.clusterbridge.matchmaking.Marketplace;
import eu.clusterbridge.matchmaking.Meeting;
import eu.clusterbridge.matchmaking.MeetingOutcome;
import eu.clusterbridge.matchmaking.OnSiteParticipant;
import eu.clusterbridge.matchmaking.OutcomeSurveys;
import eu.clusterbridge.matchmaking.Presence;
import eu.clusterbridge.matchmaking.Registrations;
import eu.clusterbridge.matchmaking.SurveyAnswer;
import eu.clusterbridge.matchmaking.WalkInSuggestion;
import eu.clusterbridge.matchmaking.WalkIns;
import eu.clusterbridge.shared.FieldChecks;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The day and after it over JSON, for badge scanners and event apps: presence (check-in, no-show, undo), freed slots
 * and walk-in meetings, outcome surveys, and the marketplace search. The services decide who may act, as for the pages;
 * changes check it before the body, so that someone without the right learns nothing from field errors.
 */
@RestController
@RequestMapping("/api/matchmaking")
@Tag(name = "Matchmaking on the day", description = "Check-in, no-shows, walk-in meetings, outcome surveys, marketplace")
class OnSiteApi {

    private final CheckIns checkIns;
    private final WalkIns walkIns;
    private final OutcomeSurveys surveys;
    private final Marketplace marketplace;
    private final Registrations registrations;
    private final EventAccess access;

    OnSiteApi(CheckIns checkIns, WalkIns walkIns, OutcomeSurveys surveys, Marketplace marketplace, Registrations registrations,
              EventAccess access) {
        this.checkIns = checkIns;
        this.walkIns = walkIns;
        this.surveys = surveys;
        this.marketplace = marketplace;
        this.registrations = registrations;
        this.access = access;
    }

    record PresenceChange(String presence) {
    }

    record WalkIn(Long a, Long b, Integer slot, Integer table) {
    }

    record OutcomeAnswer(String outcome, String comment) {
    }

    @GetMapping("/events/{id}/presence")
    @Operation(summary = "Participants with their presence and meetings, optionally those whose name contains q")
    List<OnSiteParticipant> presence(@PathVariable long id, @RequestParam(defaultValue = "") String q) {
        return checkIns.search(id, q);
    }

    @PutMapping("/participants/{participantId}/presence")
    @Operation(summary = "CHECKED_IN, NO_SHOW (frees their meetings) or EXPECTED (undo); a no-show who turns up gets back "
            + "the freed meetings that still fit")
    OnSiteParticipant mark(@PathVariable long participantId, @RequestBody PresenceChange change) {
        access.requireOrganiser(registrations.get(participantId).eventId());
        FieldChecks checks = new FieldChecks().required("presence", change.presence());
        Presence to = checks.choice("presence", change.presence(), Presence.class);
        checks.orThrow();
        return switch (to) {
            case CHECKED_IN -> checkIns.checkIn(participantId);
            case NO_SHOW -> checkIns.noShow(participantId);
            case EXPECTED -> checkIns.undo(participantId);
        };
    }

    @GetMapping("/events/{id}/freed-slots")
    List<FreedSlot> freedSlots(@PathVariable long id) {
        return walkIns.freedSlots(id);
    }

    @GetMapping("/events/{id}/walk-ins")
    @Operation(summary = "The best pairs of checked-in participants for a walk-in meeting in the slot, best first")
    List<WalkInSuggestion> suggestions(@PathVariable long id, @RequestParam int slot) {
        return walkIns.suggestions(id, slot);
    }

    @PostMapping("/events/{id}/walk-ins")
    @Operation(summary = "Place a walk-in meeting of two checked-in participants (409 with the conflicts if it does not fit)")
    ResponseEntity<Meeting> walkIn(@PathVariable long id, @RequestBody WalkIn w) {
        access.requireOrganiser(id);
        new FieldChecks().required("a", w.a()).required("b", w.b()).required("slot", w.slot()).required("table", w.table()).orThrow();
        return ResponseEntity.status(HttpStatus.CREATED).body(walkIns.confirm(id, w.a(), w.b(), w.slot(), w.table()));
    }

    @PutMapping("/meetings/{meetingId}/outcomes/{participantId}")
    @Operation(summary = "One side's outcome of a meeting, with an optional comment (the participant's people or the organiser)")
    SurveyAnswer answer(@PathVariable long meetingId, @PathVariable long participantId, @RequestBody OutcomeAnswer answer) {
        access.requireActsFor(registrations.get(participantId));
        FieldChecks checks = new FieldChecks().required("outcome", answer.outcome());
        MeetingOutcome outcome = checks.choice("outcome", answer.outcome(), MeetingOutcome.class);
        checks.orThrow();
        return surveys.answer(meetingId, participantId, outcome, answer.comment());
    }

    @GetMapping("/events/{id}/marketplace")
    @Operation(summary = "Participants and their offers and requests, by text, type, country, sector and kind, 20 a page")
    Marketplace.Result search(@PathVariable long id, @RequestParam(required = false) String q, @RequestParam(required = false) String type,
                              @RequestParam(required = false) String country, @RequestParam(required = false) String sector,
                              @RequestParam(required = false) String kind, @RequestParam(defaultValue = "0") int page) {
        return marketplace.search(id, Marketplace.Query.parse(q, type, country, sector, kind, page));
    }
}
