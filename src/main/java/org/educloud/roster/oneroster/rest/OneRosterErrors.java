package org.educloud.roster.oneroster.rest;

import java.util.Map;
import org.educloud.shared.ImsStatusInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The rostering service's errors in the OneRoster status-info shape; ahead of the platform's problem-details
 * advice, which answers for every other API.
 */
@RestControllerAdvice(assignableTypes = {RosteringApi.class, NestedRosteringApi.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class OneRosterErrors {

    private static final Logger LOG = LoggerFactory.getLogger(OneRosterErrors.class);

    @ExceptionHandler(InvalidRequest.class)
    ResponseEntity<Map<String, Object>> invalid(InvalidRequest e) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(ImsStatusInfo.failure(e.codeMinor(), e.getMessage()));
    }

    @ExceptionHandler(UnknownObject.class)
    ResponseEntity<Map<String, Object>> unknown(UnknownObject e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(ImsStatusInfo.failure("unknownobject", e.getMessage()));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Map<String, Object>> unexpected(Exception e) {
        String incident = Long.toHexString(System.nanoTime());
        LOG.error("Unexpected OneRoster failure {}", incident, e);
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body(ImsStatusInfo.failure(
                "internal_server_error", "The request failed; incident " + incident + " is logged."));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Map<String, Object>> forbidden(AccessDeniedException e) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(ImsStatusInfo.failure("forbidden",
                "The access token's scopes do not include this request."));
    }
}
