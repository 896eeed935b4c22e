package org.educloud.platform.uploads;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import org.educloud.identity.AccountPrincipal;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartResolver;

/**
 * Stands in front of every request that carries a file (a multipart form, or a raw body that is neither JSON nor a
 * plain form), after the caller is known and before anything reads the body: a declared length beyond the largest
 * request allowed is refused at once (413, nothing read); a person with as many uploads in progress as allowed is
 * refused (429 with Retry-After); a multipart body is then read here, under the permit, so that a body too large
 * or malformed is answered by us (413 or 400) rather than failing in the CSRF check, which would leave Tomcat's
 * own page and ERROR traces. On pages, a file from someone not signed in is refused (401) before its body is read.
 * A refusal written further in (the library's size limit, a resource one may not change) is sent at once too:
 * Tomcat would otherwise first drain up to two megabytes of the unread body. JSON
 * bodies (and plain forms on pages) take no permit, so an endpoint that reads a raw body must refuse those types
 * unread (the library's upload API answers 415); their refusals are sent at once as well.
 */
final class UploadGate extends OncePerRequestFilter {

    private static final Set<String> METHODS_WITH_BODIES = Set.of("POST", "PUT", "PATCH");

    private final UploadPermits permits;
    private final UploadRefusals refusals;
    private final MultipartResolver multipart;
    private final long maxRequestBytes;
    private final boolean problems;

    UploadGate(UploadPermits permits, UploadRefusals refusals, MultipartResolver multipart, long maxRequestBytes,
               boolean problems) {
        this.permits = permits;
        this.refusals = refusals;
        this.multipart = multipart;
        this.maxRequestBytes = maxRequestBytes;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!carriesFile(request)) {
            chain.doFilter(request, response);
            if (hasBody(request)) {
                closeIfRefused(response);
            }
            return;
        }
        if (maxRequestBytes > 0 && request.getContentLengthLong() > maxRequestBytes) {
            refusals.tooLarge(request, response, maxRequestBytes, problems);
            return;
        }
        if (!problems && !signedIn() && (multipart.isMultipart(request) || request.getContentLengthLong() > 0)) {
            // no page takes files from someone not signed in; reading the body first (up to the largest request)
            // would let anyone fill the disk before the answer
            refusals.signInFirst(request, response, problems);
            return;
        }
        String holder = holder(request);
        if (!permits.tryAcquire(holder)) {
            refusals.tooManyUploads(request, response, permits.perPerson(), problems);
            return;
        }
        try {
            if (multipart.isMultipart(request)) {
                try {
                    multipart.resolveMultipart(request);
                } catch (MaxUploadSizeExceededException e) {
                    refusals.tooLarge(request, response, maxRequestBytes, problems);
                    return;
                } catch (MultipartException e) {
                    refusals.badUpload(request, response, problems);
                    return;
                }
            }
            chain.doFilter(request, response);
            closeIfRefused(response);
        } finally {
            permits.release(holder);
        }
    }

    /**
     * A refused body may be unread (an endpoint that takes files refuses one declared as JSON before reading it): the
     * answer goes out now and the connection ends, rather than Tomcat reading on at the client's pace.
     */
    private static void closeIfRefused(HttpServletResponse response) throws IOException {
        if (response.getStatus() >= 400 && !response.isCommitted()) {
            response.setHeader("Connection", "close");
            response.flushBuffer();
        }
    }

    /**
     * A multipart form, or a body that is not JSON or (on pages) a plain form: what the API and forms send files as.
     * The API takes no plain forms, yet looking for a handler may parse one (a mapping with a parameter condition asks
     * for the parameters), reading the body at the client's pace whatever the endpoint: there it counts as an upload.
     */
    private boolean carriesFile(HttpServletRequest request) {
        if (!hasBody(request)) {
            return false;
        }
        String type = request.getContentType();
        if (type == null) {
            return true;
        }
        String base = type.toLowerCase(Locale.ROOT).split(";")[0].strip();
        return !(base.equals("application/json") || base.endsWith("+json")
                || !problems && base.equals("application/x-www-form-urlencoded"));
    }

    private static boolean hasBody(HttpServletRequest request) {
        return METHODS_WITH_BODIES.contains(request.getMethod()) && request.getContentLengthLong() != 0;
    }

    private static boolean signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
    }

    /** The signed-in person, or the address of someone not signed in. */
    private static String holder(HttpServletRequest request) {
        if (!signedIn()) {
            return "address " + request.getRemoteAddr();
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication.getPrincipal() instanceof AccountPrincipal account
                ? "account " + account.id().value() : "name " + authentication.getName();
    }
}
