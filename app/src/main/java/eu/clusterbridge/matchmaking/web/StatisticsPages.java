package eu.clusterbridge.matchmaking.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import eu.clusterbridge.matchmaking.CheckIns;
import eu.clusterbridge.matchmaking.EventAccess;
import eu.clusterbridge.matchmaking.MatchmakingEvent;
import eu.clusterbridge.matchmaking.MatchmakingEvents;
import eu.clusterbridge.matchmaking.MatchmakingStatistics;
import eu.clusterbridge.matchmaking.Meeting;
import eu.clusterbridge.matchmaking.MeetingOutcome;
import eu.clusterbridge.matchmaking.MeetingRequests;
import eu.clusterbridge.matchmaking.OutcomeSurveys;
import eu.clusterbridge.matchmaking.Participant;
import eu.clusterbridge.matchmaking.Presence;
import eu.clusterbridge.matchmaking.Registrations;
import eu.clusterbridge.matchmaking.ScheduleBoard;
import eu.clusterbridge.matchmaking.SurveyAnswer;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The organiser's figures of an event, and its meetings, participants and requests as CSV files. */
@Controller
class StatisticsPages {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final MatchmakingEvents events;
    private final MatchmakingStatistics statistics;
    private final Registrations registrations;
    private final MeetingRequests requests;
    private final ScheduleBoard board;
    private final OutcomeSurveys surveys;
    private final CheckIns checkIns;
    private final EventAccess access;

    StatisticsPages(MatchmakingEvents events, MatchmakingStatistics statistics, Registrations registrations, MeetingRequests requests,
                    ScheduleBoard board, OutcomeSurveys surveys, CheckIns checkIns, EventAccess access) {
        this.access = access;
        this.events = events;
        this.statistics = statistics;
        this.registrations = registrations;
        this.requests = requests;
        this.board = board;
        this.surveys = surveys;
        this.checkIns = checkIns;
    }

    @GetMapping("/matchmaking/{key}/statistics")
    String page(@PathVariable String key, Model model) {
        MatchmakingEvent event = events.getByKey(key);
        model.addAttribute("stats", statistics.of(event.id()));
        model.addAttribute("event", event);
        model.addAttribute("outcomes", MeetingOutcome.values());
        return "matchmaking/statistics";
    }

    @GetMapping("/matchmaking/{key}/export/meetings.csv")
    ResponseEntity<String> meetings(@PathVariable String key) {
        MatchmakingEvent event = organised(key);
        Map<Long, Presence> presence = checkIns.presence(event.id());
        var answers = surveys.ofEvent(event.id());
        Map<String, SurveyAnswer> bySide = answers.stream().collect(Collectors.toMap(a -> a.meetingId() + "-" + a.participantId(), Function.identity()));
        Map<Long, List<SurveyAnswer>> byMeeting = MatchmakingStatistics.byMeeting(answers);
        Map<Long, String> names = names(event.id());
        var slots = events.slots(event.id()).stream().collect(Collectors.toMap(s -> s.number(), Function.identity()));
        CsvText csv = new CsvText().row("meeting", "slot", "starts", "table", "participant_a", "participant_b", "placed_by", "held",
                "outcome_a", "comment_a", "outcome_b", "comment_b");
        for (Meeting m : board.meetings(event.id())) {
            SurveyAnswer a = bySide.get(m.id() + "-" + m.aId());
            SurveyAnswer b = bySide.get(m.id() + "-" + m.bId());
            csv.row(m.id(), m.slotNumber(), slots.get(m.slotNumber()).startsAt().atZoneSameInstant(event.zone()).toOffsetDateTime(),
                    m.tableNumber(), names.get(m.aId()), names.get(m.bId()), m.placedBy(), MatchmakingStatistics.held(m, presence, byMeeting),
                    a == null ? null : a.outcome(), a == null ? null : a.comment(), b == null ? null : b.outcome(), b == null ? null : b.comment());
        }
        return file(event, "meetings", csv);
    }

    @GetMapping("/matchmaking/{key}/export/participants.csv")
    ResponseEntity<String> participants(@PathVariable String key) {
        MatchmakingEvent event = organised(key);
        CsvText csv = new CsvText().row("participant", "organisation_id", "name", "type", "contact_name", "contact_email", "presence", "meetings");
        checkIns.search(event.id(), "").forEach(e -> csv.row(e.participant().id(), e.participant().organisationId(), e.participant().displayName(),
                e.participant().typeCode(), e.participant().contactName(), e.participant().contactEmail(), e.presence(), e.meetings()));
        return file(event, "participants", csv);
    }

    @GetMapping("/matchmaking/{key}/export/requests.csv")
    ResponseEntity<String> requests(@PathVariable String key) {
        MatchmakingEvent event = organised(key);
        Map<Long, String> names = names(event.id());
        CsvText csv = new CsvText().row("request", "requester", "target", "priority", "status", "created", "message");
        requests.ofEvent(event.id()).forEach(r -> csv.row(r.id(), names.get(r.requesterId()), names.get(r.targetId()), r.priority(),
                r.status(), r.createdAt(), r.message()));
        return file(event, "requests", csv);
    }

    private MatchmakingEvent organised(String key) {
        MatchmakingEvent event = events.getByKey(key);
        access.requireOrganiser(event.id());
        return event;
    }

    private Map<Long, String> names(long eventId) {
        return registrations.ofEvent(eventId).stream().collect(Collectors.toMap(Participant::id, Participant::displayName));
    }

    private static ResponseEntity<String> file(MatchmakingEvent event, String what, CsvText csv) {
        return ResponseEntity.ok().contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(event.key() + "-" + what + ".csv").build().toString())
                .body(csv.toString());
    }
}
