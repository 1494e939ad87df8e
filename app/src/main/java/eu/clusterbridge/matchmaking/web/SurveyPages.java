package eu.clusterbridge.matchmaking.web;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import eu.clusterbridge.matchmaking.MatchmakingEvent;
import eu.clusterbridge.matchmaking.MatchmakingEvents;
import eu.clusterbridge.matchmaking.MeetingOutcome;
import eu.clusterbridge.matchmaking.OutcomeSurveys;
import eu.clusterbridge.matchmaking.Participant;
import eu.clusterbridge.matchmaking.Registrations;
import eu.clusterbridge.matchmaking.ScheduleBoard;
import eu.clusterbridge.matchmaking.SurveyAnswer;
import eu.clusterbridge.shared.InvalidInput;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A participant's outcome survey: one short form per meeting, for the participant's people or the organiser. */
@Controller
class SurveyPages {

    private final MatchmakingEvents events;
    private final Registrations registrations;
    private final ScheduleBoard board;
    private final OutcomeSurveys surveys;

    SurveyPages(MatchmakingEvents events, Registrations registrations, ScheduleBoard board, OutcomeSurveys surveys) {
        this.events = events;
        this.registrations = registrations;
        this.board = board;
        this.surveys = surveys;
    }

    @GetMapping("/matchmaking/{key}/surveys/{participantId}")
    String page(@PathVariable String key, @PathVariable long participantId, Model model) {
        return page(events.getByKey(key), participantId, null, Map.of(), model);
    }

    @PostMapping("/matchmaking/{key}/surveys/{participantId}/{meetingId}")
    String answer(@PathVariable String key, @PathVariable long participantId, @PathVariable long meetingId,
                  @RequestParam(required = false) String outcome, @RequestParam(required = false) String comment, Model model,
                  RedirectAttributes redirect, HttpServletResponse response) {
        MatchmakingEvent event = events.getByKey(key);
        Participant participant = participantOf(event, participantId);
        surveys.ofParticipant(participant.id()); // decides access before the answer is even read
        try {
            surveys.answer(meetingId, participantId, parse(outcome), comment);
            redirect.addFlashAttribute("message", "Thank you: your answer is saved.");
            return "redirect:/matchmaking/" + key + "/surveys/" + participantId + "#meeting-" + meetingId;
        } catch (InvalidInput invalid) {
            response.setStatus(422);
            return page(event, participantId, meetingId, invalid.byField(), model);
        }
    }

    private String page(MatchmakingEvent event, long participantId, Long failed, Map<String, String> errors, Model model) {
        Participant participant = participantOf(event, participantId);
        Map<Long, SurveyAnswer> answers = surveys.ofParticipant(participantId).stream()
                .collect(Collectors.toMap(SurveyAnswer::meetingId, Function.identity()));
        var meetings = board.agendaOf(participantId);
        model.addAttribute("event", event);
        model.addAttribute("participant", participant);
        model.addAttribute("meetings", meetings);
        model.addAttribute("answers", answers);
        model.addAttribute("others", registrations.byIds(meetings.stream().map(m -> m.other(participantId)).toList()));
        model.addAttribute("slots", events.slots(event.id()).stream().collect(Collectors.toMap(s -> s.number(), Function.identity())));
        model.addAttribute("outcomes", MeetingOutcome.values());
        model.addAttribute("failed", failed);
        model.addAttribute("errors", errors);
        return "matchmaking/survey";
    }

    private Participant participantOf(MatchmakingEvent event, long participantId) {
        Participant participant = registrations.get(participantId);
        if (participant.eventId() != event.id()) {
            throw new Registrations.ParticipantNotFound(participantId);
        }
        return participant;
    }

    private static MeetingOutcome parse(String outcome) {
        if (outcome == null || outcome.isBlank()) {
            return null; // reported as "required" by the service
        }
        try {
            return MeetingOutcome.valueOf(outcome);
        } catch (IllegalArgumentException unknown) {
            throw InvalidInput.of("outcome", "is not one of the answers");
        }
    }
}
