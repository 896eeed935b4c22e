package org.educloud.integration.lti.support;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.educloud.shared.Problems;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A missing or foreign bearer token on an LTI service: 401 as a problem detail with the bearer challenge. Every other
 * error of the services is the platform's problem detail (they are REST controllers).
 */
@RestControllerAdvice(basePackages = "org.educloud.integration.lti")
@Order(Ordered.HIGHEST_PRECEDENCE)
class ServiceProblems {

    private final MessageSource messages;

    ServiceProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(ServiceAuthentication.InvalidServiceToken.class)
    ResponseEntity<ProblemDetail> invalidToken(ServiceAuthentication.InvalidServiceToken e,
                                               HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED,
                messages.getMessage(e.getMessage(), null, LocaleContextHolder.getLocale()));
        problem.setType(Problems.UNAUTHORIZED);
        problem.setTitle(messages.getMessage("platform.problem.title.401", null, LocaleContextHolder.getLocale()));
        problem.setInstance(URI.create(request.getRequestURI()));
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"").body(problem);
    }
}
