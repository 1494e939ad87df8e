package eu.clusterbridge.web;

import eu.clusterbridge.shared.InvalidInput;
import eu.clusterbridge.shared.NotFound;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Pages: an unknown organisation or partnership gets the friendly 404 page, a broken rule a 400 page; never an error
 * trace. Ordered right after {@link ApiProblems} (which answers the API first) and before Spring Boot's problem-details
 * handler, which would otherwise answer a page's wrong parameter with JSON.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class PageProblems {

    @ExceptionHandler(NotFound.class)
    ModelAndView notFound(NotFound e) {
        return notFound(e.getMessage());
    }

    /** A wrong id in the address is a page that does not exist; a wrong filter or choice is the visitor's input. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView mismatch(MethodArgumentTypeMismatchException e) {
        if (e.getParameter().hasParameterAnnotation(PathVariable.class)) {
            return notFound("This page does not exist.");
        }
        Class<?> type = e.getRequiredType();
        String problem = type != null && type.isEnum() ? "is not one of the choices" : "is not a valid value";
        return badRequest(e.getName() + ": '" + e.getValue() + "' " + problem);
    }

    /** A rule broken outside a form (an expired invitation link, a decision on a profile no longer submitted): 400, said plainly. */
    @ExceptionHandler(InvalidInput.class)
    ModelAndView invalid(InvalidInput e) {
        return badRequest(e.problems().stream().map(InvalidInput.FieldProblem::message).reduce((a, b) -> a + "; " + b)
                .orElse("Invalid request."));
    }

    private static ModelAndView notFound(String message) {
        ModelAndView page = new ModelAndView("error/404", HttpStatus.NOT_FOUND);
        page.addObject("message", message);
        return page;
    }

    private static ModelAndView badRequest(String message) {
        ModelAndView page = new ModelAndView("error", HttpStatus.BAD_REQUEST);
        page.addObject("status", 400);
        page.addObject("error", message);
        return page;
    }
}
