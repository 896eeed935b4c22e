package org.educloud.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.educloud.platform.errors.ProblemResponses;
import org.educloud.platform.errors.RequestFamily;
import org.educloud.shared.Problems;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, before any other filter reads a parameter, a request whose query string or form is not valid
 * percent-encoded UTF-8, and a request for the error page itself. Tomcat decodes parameters only when something
 * first asks for one (the language switch, the CSRF check, xAPI's filters, a controller) and then throws, so a typo
 * such as {@code ?q=%zz} used to surface as a 500 with a stack trace or an ERROR in the log, wherever that first
 * reader happened to be. Here it is a 400 in the shape of the family the path belongs to. It runs after the
 * character-encoding filter, so forms are decoded as UTF-8, and before the session filter, so a refusal never
 * touches a session.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
public class MalformedRequestGuard extends OncePerRequestFilter {

    private static final String MESSAGE = "The query string or form is not valid percent-encoded UTF-8.";

    private final ProblemResponses problems;
    private final ImsStatusResponses ims;

    MalformedRequestGuard(ProblemResponses problems, ImsStatusResponses ims) {
        this.problems = problems;
        this.ims = ims;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        RequestFamily family = RequestFamily.of(request);
        // The error page is rendered for the container's error dispatches; asked for directly it has nothing to show.
        int status = isErrorPage(request) ? 400 : unreadableParameters(request, family);
        if (status == 0) {
            chain.doFilter(request, response);
            return;
        }
        switch (family) {
            case API -> problems.write(request, response, HttpStatus.BAD_REQUEST, Problems.BAD_REQUEST,
                    "platform.problem.malformedRequest");
            case IMS -> ims.write(response, status, "invaliddata", MESSAGE);
            case XAPI -> {
                // answered before version negotiation: a 1.0.x client is not told about a version it does not know
                String version = request.getHeader("X-Experience-API-Version");
                response.setHeader("X-Experience-API-Version",
                        version != null && version.startsWith("1.0.") ? "1.0.3" : "2.0.0");
                XapiSecurityResponses.write(response, status, MESSAGE);
            }
            case OAUTH_TOKEN -> oauthError(response, status);
            case PAGE -> response.sendError(status);
        }
    }

    private static boolean isErrorPage(HttpServletRequest request) {
        return request.getRequestURI().equals(request.getContextPath() + "/error");
    }

    /** 0 when every parameter decodes, else the status to answer (400, or 413 for a form beyond Tomcat's limit). */
    private static int unreadableParameters(HttpServletRequest request, RequestFamily family) {
        String contentType = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        boolean formBody = "POST".equals(request.getMethod())
                && contentType.startsWith("application/x-www-form-urlencoded");
        if (contentType.startsWith("multipart/") || formBody && !family.readsFormBodies()) {
            // Reading the parameters would read this body (a raw upload, an xAPI form, parts): check the query only.
            return decodes(request.getQueryString()) ? 0 : 400;
        }
        try {
            request.getParameterMap();
            return 0;
        } catch (InvalidParameterException e) {
            return e.getErrorCode() >= 400 && e.getErrorCode() < 500 ? e.getErrorCode() : 400;
        }
    }

    /** Whether a query string's percent escapes are complete and what they encode is UTF-8. */
    static boolean decodes(@Nullable String query) {
        if (query == null || query.indexOf('%') < 0) {
            return true;
        }
        ByteBuffer bytes = ByteBuffer.allocate(query.length() * 3);
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            if (c == '%') {
                if (i + 2 >= query.length() || Character.digit(query.charAt(i + 1), 16) < 0
                        || Character.digit(query.charAt(i + 2), 16) < 0) {
                    return false;
                }
                bytes.put((byte) Integer.parseInt(query, i + 1, i + 3, 16));
                i += 2;
            } else {
                bytes.put(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes.flip());
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static void oauthError(HttpServletResponse response, int status) throws IOException {
        response.setStatus(status);
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter().write("{\"error\":\"invalid_request\",\"error_description\":\"" + MESSAGE + "\"}");
    }
}
