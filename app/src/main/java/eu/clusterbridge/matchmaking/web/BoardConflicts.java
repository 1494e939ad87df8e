package eu.clusterbridge.matchmaking.web;

import java.net.URI;

import eu.clusterbridge.matchmaking.BoardConflict;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A change of the schedule board that would double-book: 409, with every conflict listed. */
@RestControllerAdvice(assignableTypes = ScheduleApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class BoardConflicts {

    @ExceptionHandler(BoardConflict.class)
    ProblemDetail conflict(BoardConflict e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Schedule conflict");
        problem.setType(URI.create("about:blank"));
        problem.setProperty("conflicts", e.conflicts());
        return problem;
    }
}
