package eu.clusterbridge.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.web.servlet.view.json.JacksonJsonView;

/**
 * An address nothing answers: under {@code /api/} a 404 {@code application/problem+json}, elsewhere the
 * friendly 404 page. Needed because no controller is involved, so neither of the other advices applies.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UnknownAddresses {

    @ExceptionHandler(NoResourceFoundException.class)
    ModelAndView notFound(HttpServletRequest request) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            JacksonJsonView json = new JacksonJsonView();
            json.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            ModelAndView problem = new ModelAndView(json);
            problem.setStatus(HttpStatus.NOT_FOUND);
            problem.addObject("type", "about:blank");
            problem.addObject("title", "Not found");
            problem.addObject("status", 404);
            problem.addObject("detail", "No API endpoint at " + request.getRequestURI());
            return problem;
        }
        ModelAndView page = new ModelAndView("error/404", HttpStatus.NOT_FOUND);
        page.addObject("message", "There is no page at this address.");
        return page;
    }
}
