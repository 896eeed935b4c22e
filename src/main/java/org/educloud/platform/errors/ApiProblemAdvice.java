package org.educloud.platform.errors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.educloud.platform.security.MalformedRequestGuard;
import org.educloud.shared.ConflictException;
import org.educloud.shared.DomainException;
import org.educloud.shared.FieldRuleViolationException;
import org.educloud.shared.ForbiddenException;
import org.educloud.shared.NotFoundException;
import org.educloud.shared.Problems;
import org.educloud.shared.RuleViolationException;
import org.educloud.shared.TooLargeException;
import org.educloud.shared.UnavailableException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every API error as an RFC 9457 problem detail with a stable type URI and a message in the caller's language.
 * Unexpected failures are logged with an id the response repeats; their technical message never leaves.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class ApiProblemAdvice extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ApiProblemAdvice.class);

    private final MessageSource messages;

    ApiProblemAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(DomainException.class)
    ProblemDetail domain(DomainException e, HttpServletRequest request) {
        HttpStatus status = switch (e) {
            case NotFoundException ignored -> HttpStatus.NOT_FOUND;
            case ForbiddenException ignored -> HttpStatus.FORBIDDEN;
            case ConflictException ignored -> HttpStatus.CONFLICT;
            case TooLargeException ignored -> HttpStatus.CONTENT_TOO_LARGE;
            case UnavailableException ignored -> HttpStatus.SERVICE_UNAVAILABLE;
            case RuleViolationException ignored -> HttpStatus.UNPROCESSABLE_CONTENT;
            default -> HttpStatus.BAD_REQUEST;
        };
        URI type = switch (status) {
            case NOT_FOUND -> Problems.NOT_FOUND;
            case FORBIDDEN -> Problems.FORBIDDEN;
            case CONFLICT -> Problems.CONFLICT;
            case CONTENT_TOO_LARGE -> Problems.TOO_LARGE;
            case UNPROCESSABLE_CONTENT -> Problems.VALIDATION;
            case SERVICE_UNAVAILABLE -> Problems.UNAVAILABLE;
            default -> Problems.BAD_REQUEST;
        };
        ProblemDetail problem = problem(status, type, message(e.messageKey(), e.arguments()), request);
        String field = switch (e) {
            case ConflictException conflict -> conflict.field();
            case FieldRuleViolationException violation -> violation.field();
            default -> null;
        };
        if (field != null) {
            problem.setProperty("errors", List.of(Map.of("field", field,
                    "message", message(e.messageKey(), e.arguments()))));
        }
        return problem;
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ProblemDetail constraintViolation(ConstraintViolationException e, HttpServletRequest request) {
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, Problems.VALIDATION,
                message("platform.problem.validation"), request);
        problem.setProperty("errors", e.getConstraintViolations().stream()
                .map(v -> Map.of("field", lastNode(v.getPropertyPath().toString()), "message", v.getMessage()))
                .toList());
        return problem;
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        return problem(HttpStatus.BAD_REQUEST, Problems.BAD_REQUEST,
                message("platform.problem.badParameter", e.getName()), request);
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e, HttpServletRequest request) {
        String incident = Long.toHexString(System.nanoTime());
        LOG.error("Unexpected failure {} on {} {}", incident, request.getMethod(), request.getRequestURI(), e);
        ProblemDetail problem = problem(HttpStatus.INTERNAL_SERVER_ERROR, Problems.INTERNAL,
                message("platform.problem.internal"), request);
        problem.setProperty("incident", incident);
        return problem;
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                message("platform.problem.validation"));
        problem.setType(Problems.VALIDATION);
        problem.setTitle(message("platform.problem.title.422"));
        problem.setProperty("errors", e.getBindingResult().getFieldErrors().stream()
                .map(f -> Map.of("field", f.getField(), "message", messages.getMessage(f, locale)))
                .toList());
        return ResponseEntity.unprocessableContent().headers(headers).body(problem);
    }

    /**
     * Tomcat's refusal of a form body that a controller reads as parameters (query strings are refused before any
     * controller, by {@link MalformedRequestGuard}).
     */
    @ExceptionHandler(InvalidParameterException.class)
    ProblemDetail malformedParameters(HttpServletRequest request) {
        return problem(HttpStatus.BAD_REQUEST, Problems.BAD_REQUEST, message("platform.problem.malformedRequest"),
                request);
    }

    /** A body that is not JSON, or has the wrong types: the detail says what to check, not "Failed to read request". */
    @Override
    protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ResponseEntity<Object> response = super.handleHttpMessageNotReadable(e, headers, status, request);
        if (response != null && response.getBody() instanceof ProblemDetail problem) {
            problem.setDetail(message("platform.problem.unreadable"));
        }
        return response;
    }

    /** Framework-detected errors (unreadable JSON, wrong method, …) get our type and a translated title. */
    @Override
    protected ResponseEntity<Object> createResponseEntity(@Nullable Object body, HttpHeaders headers,
                                                          HttpStatusCode statusCode, WebRequest request) {
        // Spring 7 leaves the type unset where Spring 6 said about:blank
        if (body instanceof ProblemDetail problem
                && (problem.getType() == null || URI.create("about:blank").equals(problem.getType()))) {
            problem.setType(statusCode.value() == 404 ? Problems.NOT_FOUND : Problems.BAD_REQUEST);
            String title = messages.getMessage("platform.problem.title." + statusCode.value(), null, null,
                    LocaleContextHolder.getLocale());
            if (title != null) {
                problem.setTitle(title);
            }
        }
        return super.createResponseEntity(body, headers, statusCode, request);
    }

    private ProblemDetail problem(HttpStatus status, URI type, String detail, HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type);
        problem.setTitle(message("platform.problem.title." + status.value()));
        problem.setInstance(URI.create(request.getRequestURI()));
        return problem;
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }
}
