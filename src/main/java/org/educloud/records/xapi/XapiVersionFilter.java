package org.educloud.records.xapi;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every xAPI request but About names the version it speaks, and every answer says which version answered: a
 * request without a supported version header is refused with 400 before any resource sees it. That refusal is
 * worded in the version the same credentials spoke last (2.0.0 for credentials never seen), so a 1.0.3 client
 * that forgot the header once is not told about a version it does not know.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class XapiVersionFilter extends OncePerRequestFilter {

    static final String VERSION_ATTRIBUTE = XapiVersionFilter.class.getName() + ".version";
    private static final int REMEMBERED_CLIENTS = 10_000;

    /** Last version per credentials, by a hash of the Authorization header (never the header itself). */
    private final Map<String, XapiVersion> lastSpoken = Collections.synchronizedMap(
            new LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, XapiVersion> eldest) {
                    return size() > REMEMBERED_CLIENTS;
                }
            });

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + "/xapi/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<XapiVersion> version = XapiVersion.of(request.getHeader(XapiVersion.HEADER));
        String credentials = request.getHeader(HttpHeaders.AUTHORIZATION);
        String client = credentials == null ? null : StatementAttachments.sha256(
                credentials.getBytes(StandardCharsets.UTF_8));
        if (client != null && version.isPresent()) {
            lastSpoken.put(client, version.get());
        }
        XapiVersion answering = version.orElseGet(() ->
                client == null ? XapiVersion.V2_0 : lastSpoken.getOrDefault(client, XapiVersion.V2_0));
        response.setHeader(XapiVersion.HEADER, answering.header());
        if (request.getRequestURI().startsWith(request.getContextPath() + "/xapi/statements")) {
            // Every Statement resource answer says up to when it is consistent, refusals included.
            response.setHeader("X-Experience-API-Consistent-Through",
                    java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
                            .withZone(java.time.ZoneOffset.UTC).format(java.time.Instant.now()));
        }
        boolean about = request.getRequestURI().equals(request.getContextPath() + "/xapi/about");
        if (version.isEmpty() && !about) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.setContentType("application/json;charset=UTF-8");
            response.getWriter().write("{\"error\":\"The X-Experience-API-Version header is missing or names a "
                    + "version this LRS does not speak; supported: 2.0.0, 1.0.3\"}");
            return;
        }
        version.ifPresent(v -> request.setAttribute(VERSION_ATTRIBUTE, v));
        chain.doFilter(request, response);
    }
}
