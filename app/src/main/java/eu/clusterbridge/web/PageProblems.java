package eu.clusterbridge.web;

import eu.clusterbridge.shared.InvalidInput;
import eu.clusterbridge.shared.NotFound;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/** Pages: an unknown organisation or partnership gets the friendly 404 page, a broken rule a 400 page; never an error trace. */
@ControllerAdvice(annotations = Controller.class)
class PageProblems {

    @ExceptionHandler({NotFound.class, MethodArgumentTypeMismatchException.class})
    @ResponseStatus(HttpStatus.NOT_FOUND)
    ModelAndView notFound(RuntimeException e) {
        ModelAndView page = new ModelAndView("error/404");
        page.addObject("message", e instanceof NotFound ? e.getMessage() : "This page does not exist.");
        return page;
    }

    /** A rule broken outside a form (an expired invitation link, a decision on a profile no longer submitted): 400, said plainly. */
    @ExceptionHandler(InvalidInput.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    ModelAndView invalid(InvalidInput e) {
        ModelAndView page = new ModelAndView("error");
        page.addObject("status", 400);
        page.addObject("error", e.problems().stream().map(InvalidInput.FieldProblem::message).reduce((a, b) -> a + "; " + b).orElse("Invalid request."));
        return page;
    }
}
