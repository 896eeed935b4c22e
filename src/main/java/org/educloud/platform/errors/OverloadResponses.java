package org.educloud.platform.errors;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.educloud.platform.runtime.RequestLimitProperties;
import org.educloud.shared.ImsStatusInfo;
import org.educloud.shared.Problems;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;
import tools.jackson.databind.json.JsonMapper;

/**
 * The answers of a node that cannot take a request now: 503 with {@code Retry-After} when the database is unavailable
 * or the node is full, 429 with {@code Retry-After} when the caller already has as many requests in flight as allowed.
 * Each in its family's shape (problem details on the API, and for htmx and JSON requests on pages; status info on the
 * 1EdTech APIs; xAPI's and OAuth 2's error objects) and the page a small one rendered straight into the response: the
 * error page would be another pass through the session filter and the page shell, both of which read the database.
 * Nothing here touches the database, and no exception text is ever written.
 */
@Component
public class OverloadResponses {

    private static final Logger LOG = LoggerFactory.getLogger(OverloadResponses.class);

    /** At most one warning in this many milliseconds while the database is away: an outage is not 10,000 lines. */
    private static final long WARNING_INTERVAL_MILLIS = 10_000;

    private static final String CURRENT_SESSION = SessionRepositoryFilter.SESSION_REPOSITORY_ATTR + ".CURRENT_SESSION";

    private final ProblemResponses problems;
    private final MessageSource messages;
    private final LocaleResolver locales;
    private final ITemplateEngine templates;
    private final JsonMapper json;
    private final long retryAfterSeconds;
    private final Counter databaseUnavailable;
    private final AtomicLong lastWarning = new AtomicLong();
    private final AtomicLong unwarned = new AtomicLong();

    OverloadResponses(ProblemResponses problems, MessageSource messages, LocaleResolver locales,
                      ITemplateEngine templates, JsonMapper json, RequestLimitProperties limits,
                      MeterRegistry meters) {
        this.problems = problems;
        this.messages = messages;
        this.locales = locales;
        this.templates = templates;
        this.json = json;
        this.retryAfterSeconds = limits.retryAfterSeconds();
        this.databaseUnavailable = Counter.builder("educloud.requests.refused")
                .description("Requests answered 503 or 429 before or instead of their work")
                .tag("reason", "database-unavailable").register(meters);
    }

    /** 503: the database gave no connection in time, or the connection broke. */
    public void databaseUnavailable(HttpServletRequest request, HttpServletResponse response, Throwable failure)
            throws IOException {
        databaseUnavailable.increment();
        warn(request, failure);
        leaveSessionUnsaved(request);
        write(request, response, HttpStatus.SERVICE_UNAVAILABLE, "platform.problem.databaseUnavailable");
    }

    /**
     * Spring Session saves a request's session when its answer is committed, that is while this page is written; with
     * the database gone that save fails half way through the page (a signed-in visitor got a cut-off 503 page and an
     * error in the log). Nothing in the session changed that must outlive this request, so it is not saved: the
     * session filter saves only the session it finds under this attribute (its name is the filter's own, derived
     * from its public constant as the filter derives it).
     */
    private static void leaveSessionUnsaved(HttpServletRequest request) {
        request.removeAttribute(CURRENT_SESSION);
    }

    /** 503: the node already works on as many requests as it may, and none finished within the wait. */
    public void busy(HttpServletRequest request, HttpServletResponse response) throws IOException {
        write(request, response, HttpStatus.SERVICE_UNAVAILABLE, "platform.problem.busy");
    }

    /** 429: this caller's own earlier requests are still in flight. */
    public void tooManyRequests(HttpServletRequest request, HttpServletResponse response, int allowed)
            throws IOException {
        write(request, response, HttpStatus.TOO_MANY_REQUESTS, "platform.problem.tooManyRequests", allowed);
    }

    private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String key,
                       Object... args) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        // whatever the failed work had set (a download's headers, a half-written page) is not this answer
        response.reset();
        response.setHeader("Retry-After", String.valueOf(retryAfterSeconds));
        response.setHeader("Cache-Control", "no-store");
        Object[] withWait = append(args, retryAfterSeconds);
        URI type = status == HttpStatus.TOO_MANY_REQUESTS ? Problems.TOO_MANY_REQUESTS : Problems.UNAVAILABLE;
        switch (RequestFamily.of(request)) {
            case API -> problems.write(request, response, status, type, key, withWait);
            case IMS -> writeJson(response, status, "application/json",
                    ImsStatusInfo.failure("server_busy", english(key, withWait)));
            case XAPI -> {
                response.setHeader("X-Experience-API-Version", "2.0.0");
                writeJson(response, status, "application/json", Map.of("error", english(key, withWait)));
            }
            case OAUTH_TOKEN -> {
                Map<String, String> error = new LinkedHashMap<>();
                error.put("error", "temporarily_unavailable");
                error.put("error_description", english(key, withWait));
                writeJson(response, status, "application/json", error);
            }
            case PAGE -> {
                if (wantsData(request)) {
                    problems.write(request, response, status, type, key, withWait);
                } else {
                    page(request, response, status, key, withWait);
                }
            }
        }
    }

    /** htmx swaps no error answer, and a script that asked for JSON cannot read a page. */
    private static boolean wantsData(HttpServletRequest request) {
        if (request.getHeader("HX-Request") != null) {
            return true;
        }
        String accept = request.getHeader("Accept");
        return accept != null && !accept.contains("text/html")
                && (accept.contains("application/json") || accept.contains("+json"));
    }

    private void page(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String key,
                      Object[] args) throws IOException {
        Locale locale = locales.resolveLocale(request);
        response.setStatus(status.value());
        response.setCharacterEncoding("UTF-8");
        response.setContentType(MediaType.TEXT_HTML_VALUE);
        var exchange = JakartaServletWebApplication.buildApplication(request.getServletContext())
                .buildExchange(request, response);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("status", status.value());
        model.put("title", messages.getMessage("platform.error." + status.value() + ".title", null, locale));
        model.put("detail", messages.getMessage(key, args, locale));
        model.put("back", messages.getMessage("platform.error.backHome", null, locale));
        // a page asked for with GET is asked for again by the browser itself once the wait is over
        model.put("refreshSeconds", "GET".equals(request.getMethod()) ? retryAfterSeconds : null);
        templates.process("platform/unavailable", new WebContext(exchange, locale, model), response.getWriter());
    }

    private void writeJson(HttpServletResponse response, HttpStatus status, String type, Object body)
            throws IOException {
        response.setStatus(status.value());
        response.setContentType(type);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), body);
    }

    private String english(String key, Object[] args) {
        return messages.getMessage(key, args, Locale.ENGLISH);
    }

    private void warn(HttpServletRequest request, Throwable failure) {
        long now = System.currentTimeMillis();
        long last = lastWarning.get();
        if (now - last < WARNING_INTERVAL_MILLIS || !lastWarning.compareAndSet(last, now)) {
            unwarned.incrementAndGet();
            return;
        }
        // one line, no stack trace: the cause is the database, not this code
        LOG.warn("Database unavailable, answered 503 to {} {} ({} more since the last warning): {}",
                request.getMethod(), request.getRequestURI(), unwarned.getAndSet(0), rootMessage(failure));
    }

    private static @Nullable String rootMessage(Throwable failure) {
        Throwable root = failure;
        for (int depth = 0; root.getCause() != null && root.getCause() != root && depth < 32; depth++) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private static Object[] append(Object[] args, Object last) {
        Object[] all = java.util.Arrays.copyOf(args, args.length + 1);
        all[args.length] = last;
        return all;
    }
}
