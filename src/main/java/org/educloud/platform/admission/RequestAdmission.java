package org.educloud.platform.admission;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.educloud.platform.admission.InFlightLimits.Admitted;
import org.educloud.platform.admission.InFlightLimits.ClientFull;
import org.educloud.platform.admission.InFlightLimits.NodeFull;
import org.educloud.platform.errors.OverloadResponses;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets a request in only when it has a turn ({@link InFlightLimits}), before the session filter, Spring Security or
 * anything else reads the database: a node that gets thousands of requests at once (a school's classes starting a
 * quiz) works on a few at a time and answers the rest 503 with {@code Retry-After} within seconds, instead of queueing
 * them all inside the connection pool until they fail as 500s; and one client whose requests are all still in flight
 * waits, then gets 429, rather than taking the pool from the others. The turn is given back when the answer is
 * committed (see {@link ReleasingResponse}), when the request ends, fails or its asynchronous part completes.
 * <p>
 * Static files, {@code /ping} and {@code /actuator/health} read no database and take no turn: a load balancer must be
 * able to tell a busy node from a dead one. Requests that carry a file take none either: their body is read at the
 * client's pace and may take minutes, so a class handing in photos would hold every turn; they are limited per person
 * by the upload gate instead.
 * <p>
 * While a request holds its turn, the connections it takes carry its database deadline ({@link RequestDeadline}).
 */
final class RequestAdmission extends OncePerRequestFilter {

    private static final List<String> EXEMPT_PREFIXES = List.of("/css/", "/js/", "/img/", "/webjars/",
            "/actuator/health");
    private static final Set<String> EXEMPT_PATHS = Set.of("/ping", "/favicon.ico");
    private static final Set<String> METHODS_WITH_BODIES = Set.of("POST", "PUT", "PATCH");

    private final InFlightLimits limits;
    private final OverloadResponses responses;
    private final String sessionCookie;
    private final Counter nodeFull;
    private final Counter clientFull;

    RequestAdmission(InFlightLimits limits, OverloadResponses responses, String sessionCookie, MeterRegistry meters) {
        this.limits = limits;
        this.responses = responses;
        this.sessionCookie = sessionCookie;
        this.nodeFull = refusals(meters, "busy");
        this.clientFull = refusals(meters, "client-limit");
    }

    private static Counter refusals(MeterRegistry meters, String reason) {
        return Counter.builder("educloud.requests.refused")
                .description("Requests answered 503 or 429 before or instead of their work")
                .tag("reason", reason).register(meters);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return EXEMPT_PATHS.contains(path) || EXEMPT_PREFIXES.stream().anyMatch(path::startsWith)
                || carriesFile(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        switch (limits.admit(ClientKey.of(request, sessionCookie))) {
            case Admitted turn -> within(turn, request, response, chain);
            case ClientFull full -> {
                clientFull.increment();
                responses.tooManyRequests(request, response, full.allowed());
            }
            case NodeFull ignored -> {
                nodeFull.increment();
                responses.busy(request, response);
            }
        }
    }

    private static void within(Admitted turn, HttpServletRequest request, HttpServletResponse response,
                               FilterChain chain) throws ServletException, IOException {
        boolean continuesAsynchronously = false;
        RequestDeadline.enter();
        try {
            chain.doFilter(request, new ReleasingResponse(response, turn::release));
            if (request.isAsyncStarted()) {
                request.getAsyncContext().addListener(new ReleaseWhenDone(turn));
                continuesAsynchronously = true;
            }
        } finally {
            RequestDeadline.leave();
            if (!continuesAsynchronously) {
                turn.release();
            }
        }
    }

    /** A file upload: a body that is neither JSON nor a plain form (multipart forms, the API's raw uploads). */
    static boolean carriesFile(HttpServletRequest request) {
        if (!METHODS_WITH_BODIES.contains(request.getMethod()) || request.getContentLengthLong() == 0) {
            return false;
        }
        String type = request.getContentType();
        if (type == null) {
            return true;
        }
        String base = type.toLowerCase(Locale.ROOT).split(";")[0].strip();
        return !(base.equals("application/json") || base.endsWith("+json")
                || base.equals("application/x-www-form-urlencoded"));
    }

    private record ReleaseWhenDone(Admitted turn) implements AsyncListener {

        @Override
        public void onComplete(AsyncEvent event) {
            turn.release();
        }

        @Override
        public void onTimeout(AsyncEvent event) {
            turn.release();
        }

        @Override
        public void onError(AsyncEvent event) {
            turn.release();
        }

        @Override
        public void onStartAsync(AsyncEvent event) {
            // the same request goes on asynchronously once more; its turn is released when that ends
            event.getAsyncContext().addListener(this);
        }
    }
}
