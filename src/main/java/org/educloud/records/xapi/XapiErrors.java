package org.educloud.records.xapi;

import java.util.Map;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The LRS's errors: a status and a message a client developer can act on; no stack traces. */
@RestControllerAdvice(assignableTypes = {StatementsResource.class, AboutResource.class, DocumentsResource.class,
        AgentsAndActivitiesResource.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class XapiErrors {

    private static final Logger LOG = LoggerFactory.getLogger(XapiErrors.class);

    @ExceptionHandler(InvalidStatement.class)
    ResponseEntity<Map<String, String>> invalid(InvalidStatement e) {
        return ResponseEntity.badRequest().body(Map.of("error", e.getMessage()));
    }

    @ExceptionHandler(StatementConflict.class)
    ResponseEntity<Map<String, String>> conflict(StatementConflict e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("error", e.getMessage()));
    }

    @ExceptionHandler(StatementsResource.UnknownStatement.class)
    ResponseEntity<Map<String, String>> unknown() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("error", "Not found."));
    }

    @ExceptionHandler(DocumentRefused.class)
    ResponseEntity<Map<String, String>> refused(DocumentRefused e) {
        return ResponseEntity.status(e.status()).body(Map.of("error", e.getMessage()));
    }

    @ExceptionHandler(RequestLimits.RequestTooLarge.class)
    ResponseEntity<Map<String, String>> tooLarge(RequestLimits.RequestTooLarge e) {
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(Map.of("error", e.getMessage()));
    }

    @ExceptionHandler(EduCloudLearners.LearnerOutOfReach.class)
    ResponseEntity<Map<String, String>> outOfReach(EduCloudLearners.LearnerOutOfReach e) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Map.of("error", e.getMessage()));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Map<String, String>> forbidden(AccessDeniedException e) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN)
                .body(Map.of("error", "This LRS client lacks the scope " + e.getMessage() + "."));
    }

    /** The firewall checks parameter names only when they are first read, here: control characters in them, say. */
    @ExceptionHandler(RequestRejectedException.class)
    ResponseEntity<Map<String, String>> rejected() {
        return ResponseEntity.badRequest().body(Map.of("error", "A parameter name of this request is not accepted: "
                + "names are text without control characters (such as NUL)."));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<Map<String, String>> mediaType(HttpMediaTypeNotSupportedException e) {
        // multipart/mixed (statements with attachments) is not accepted yet.
        return ResponseEntity.badRequest().body(Map.of("error", "Send statements as application/json."));
    }

    /** A document posted as a form whose parameters do not decode (bad query strings never get this far). */
    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<Map<String, String>> malformedParameters() {
        return ResponseEntity.badRequest()
                .body(Map.of("error", "The query string or form is not valid percent-encoded UTF-8."));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Map<String, String>> unexpected(Exception e) {
        String incident = Long.toHexString(System.nanoTime());
        LOG.error("Unexpected LRS failure {}", incident, e);
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR)
                .body(Map.of("error", "The request failed; incident " + incident + " is logged."));
    }
}
