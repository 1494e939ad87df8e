package eu.clusterbridge.matchmaking.web;

import java.net.URI;
import java.util.List;

import eu.clusterbridge.matchmaking.EventAccess;
import eu.clusterbridge.matchmaking.MatchmakingEvent;
import eu.clusterbridge.matchmaking.Meeting;
import eu.clusterbridge.matchmaking.ScheduleBoard;
import eu.clusterbridge.matchmaking.ScheduleRun;
import eu.clusterbridge.matchmaking.Scheduling;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The schedule over JSON: scheduling runs, the meetings, moves and locks, publishing. */
@RestController
@RequestMapping("/api/matchmaking")
@Tag(name = "Matchmaking schedule", description = "Automatic scheduling runs and the organiser's schedule board")
class ScheduleApi {

    private final Scheduling scheduling;
    private final ScheduleBoard board;
    private final EventAccess access;

    ScheduleApi(Scheduling scheduling, ScheduleBoard board, EventAccess access) {
        this.scheduling = scheduling;
        this.board = board;
        this.access = access;
    }

    record RunJson(ScheduleRun run, List<ScheduleRun.Unplaced> unplaced) {
    }

    record Placement(Long a, Long b, Integer slot, Integer table) {
    }

    record Lock(Boolean locked) {
    }

    record Publication(Boolean published) {
    }

    @PostMapping("/events/{id}/schedule-runs")
    @Operation(summary = "Start the automatic scheduler in the background; poll the run for progress and result")
    ResponseEntity<ScheduleRun> start(@PathVariable long id) {
        ScheduleRun run = scheduling.start(id);
        return ResponseEntity.accepted().location(URI.create("/api/matchmaking/runs/" + run.id())).body(run);
    }

    @GetMapping("/runs/{runId}")
    RunJson run(@PathVariable long runId) {
        ScheduleRun run = scheduling.run(runId);
        access.requireOrganiser(run.eventId());
        return new RunJson(run, scheduling.unplaced(runId));
    }

    @GetMapping("/events/{id}/meetings")
    List<Meeting> meetings(@PathVariable long id) {
        access.requireOrganiser(id);
        return board.meetings(id);
    }

    @PostMapping("/events/{id}/meetings")
    @Operation(summary = "Place a requested meeting by hand at a slot and table (409 with the conflicts if it does not fit)")
    ResponseEntity<Meeting> place(@PathVariable long id, @RequestBody Placement p) {
        access.requireOrganiser(id);
        requireAll(p);
        Meeting meeting = board.place(id, p.a(), p.b(), p.slot(), p.table());
        return ResponseEntity.status(HttpStatus.CREATED).body(meeting);
    }

    @GetMapping("/meetings/{meetingId}/conflicts")
    @Operation(summary = "What moving the meeting to a slot and table would break (empty when it fits)")
    List<String> conflicts(@PathVariable long meetingId, @RequestParam int slot, @RequestParam int table) {
        access.requireOrganiser(board.get(meetingId).eventId());
        return board.conflicts(meetingId, slot, table);
    }

    @PostMapping("/meetings/{meetingId}/move")
    Meeting move(@PathVariable long meetingId, @RequestBody Placement p) {
        access.requireOrganiser(board.get(meetingId).eventId());
        if (p.slot() == null || p.table() == null) {
            throw eu.clusterbridge.shared.InvalidInput.of(p.slot() == null ? "slot" : "table", "is required");
        }
        return board.move(meetingId, p.slot(), p.table());
    }

    @PostMapping("/meetings/{meetingId}/lock")
    Meeting lock(@PathVariable long meetingId, @RequestBody Lock lock) {
        return board.lock(meetingId, Boolean.TRUE.equals(lock.locked()));
    }

    @PostMapping("/events/{id}/publication")
    MatchmakingEvent publish(@PathVariable long id, @RequestBody Publication publication) {
        return board.publish(id, Boolean.TRUE.equals(publication.published()));
    }

    private static void requireAll(Placement p) {
        new eu.clusterbridge.shared.FieldChecks().required("a", p.a()).required("b", p.b()).required("slot", p.slot())
                .required("table", p.table()).orThrow();
    }
}
