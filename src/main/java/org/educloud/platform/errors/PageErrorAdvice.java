package org.educloud.platform.errors;

import jakarta.servlet.http.HttpServletResponse;
import org.educloud.shared.ConflictException;
import org.educloud.shared.DomainException;
import org.educloud.shared.ForbiddenException;
import org.educloud.shared.NotFoundException;
import org.educloud.shared.TooLargeException;
import org.educloud.shared.UnavailableException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Pages: a refusal a controller did not turn into a form message becomes the error page with the right status
 * and the refusal's own message. Anything else falls through to Spring Boot's error page, which never shows
 * the exception.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageErrorAdvice {

    @ExceptionHandler(DomainException.class)
    ModelAndView domain(DomainException e, HttpServletResponse response) {
        int status = switch (e) {
            case NotFoundException ignored -> 404;
            case ForbiddenException ignored -> 403;
            case ConflictException ignored -> 409;
            case TooLargeException ignored -> 413;
            case UnavailableException ignored -> 503;
            default -> 422;
        };
        response.setStatus(status);
        ModelAndView page = new ModelAndView("error");
        page.addObject("status", status);
        page.addObject("messageKey", e.messageKey());
        page.addObject("messageArgs", e.arguments());
        return page;
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView badParameter(HttpServletResponse response) {
        response.setStatus(404);
        ModelAndView page = new ModelAndView("error");
        page.addObject("status", 404);
        return page;
    }
}
