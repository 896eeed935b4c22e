package org.educloud.records.xapi;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * xAPI 1.0.3's alternate request syntax (2.0 dropped it), for clients that can only send POST (cross-origin browsers of old): a
 * POST whose query string is just {@code method=...} carries the real method's headers, parameters and body as form
 * fields. It is unwrapped here, before authentication and version negotiation, into the request it stands for.
 * Anything else in the query string, or a body that is not a form, is refused with 400.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
class AlternateRequestSyntax extends OncePerRequestFilter {

    private static final Set<String> HEADER_FIELDS = Set.of("authorization", "x-experience-api-version",
            "content-type", "content-length", "if-match", "if-none-match");
    private static final Set<String> METHODS = Set.of("GET", "PUT", "POST", "DELETE", "HEAD");

    private final int maxFormBytes;

    AlternateRequestSyntax(RequestLimits limits) {
        this.maxFormBytes = (int) Math.min(limits.formLimit(), Integer.MAX_VALUE - 8);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String query = request.getQueryString();
        return !request.getRequestURI().startsWith(request.getContextPath() + "/xapi/")
                || query == null || !(query.startsWith("method=") || query.contains("&method="));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String query = request.getQueryString();
        String method = query.startsWith("method=") ? decode(query.substring("method=".length())) : "";
        String contentType = request.getContentType();
        if (!"POST".equals(request.getMethod()) || !METHODS.contains(method) || query.contains("&")
                || contentType == null || !contentType.toLowerCase(Locale.ROOT)
                .startsWith("application/x-www-form-urlencoded")) {
            refuse(response, HttpServletResponse.SC_BAD_REQUEST, "The alternate request syntax is a POST whose query "
                    + "string is only method=GET, PUT, POST or DELETE, with the request as an "
                    + "application/x-www-form-urlencoded body.");
            return;
        }
        // the content inside is checked against its own limit once unwrapped; this bounds what is read to get there
        byte @Nullable [] form = request.getContentLengthLong() > maxFormBytes ? null
                : request.getInputStream().readNBytes(maxFormBytes + 1);
        if (form == null || form.length > maxFormBytes) {
            refuse(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "The request is too large: the form "
                    + "may take up to " + maxFormBytes + " bytes.");
            return;
        }
        Unwrapped unwrapped = new Unwrapped(request, method, fields(new String(form, StandardCharsets.UTF_8)));
        if (XapiVersion.of(unwrapped.getHeader(XapiVersion.HEADER)).orElse(null) == XapiVersion.V2_0) {
            refuse(response, HttpServletResponse.SC_BAD_REQUEST,
                    "xAPI 2.0 has no alternate request syntax; send the request itself.");
            return;
        }
        chain.doFilter(unwrapped, response);
    }

    private static Map<String, String> fields(String form) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : form.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            fields.put(decode(eq < 0 ? pair : pair.substring(0, eq)), eq < 0 ? "" : decode(pair.substring(eq + 1)));
        }
        return fields;
    }

    private static String decode(String value) {
        try {
            return URLDecoder.decode(value, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return value;
        }
    }

    private static void refuse(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter().write("{\"error\":\"" + message + "\"}");
    }

    /** The request the form stands for: its method, headers, parameters and content. */
    private static final class Unwrapped extends HttpServletRequestWrapper {

        private final String method;
        private final Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        private final Map<String, String[]> parameters = new LinkedHashMap<>();
        private final byte[] content;

        Unwrapped(HttpServletRequest request, String method, Map<String, String> fields) {
            super(request);
            this.method = method;
            fields.forEach((name, value) -> {
                if (HEADER_FIELDS.contains(name.toLowerCase(Locale.ROOT))) {
                    headers.put(name, value);
                } else if (!name.equals("content")) {
                    parameters.put(name, new String[] {value});
                }
            });
            this.content = fields.getOrDefault("content", "").getBytes(StandardCharsets.UTF_8);
            headers.remove("content-length");
            if (content.length > 0 && !headers.containsKey("content-type")) {
                headers.put("Content-Type", "application/json");
            }
        }

        @Override
        public String getMethod() {
            return method;
        }

        @Override
        public @Nullable String getHeader(String name) {
            if (headers.containsKey(name) || name.equalsIgnoreCase("content-type")) {
                return headers.get(name);
            }
            return name.equalsIgnoreCase("content-length") ? Integer.toString(content.length) : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            String value = getHeader(name);
            return value == null ? Collections.emptyEnumeration() : Collections.enumeration(List.of(value));
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            List<String> names = new ArrayList<>(headers.keySet());
            Collections.list(super.getHeaderNames()).stream()
                    .filter(n -> !headers.containsKey(n) && !n.equalsIgnoreCase("content-type"))
                    .forEach(names::add);
            return Collections.enumeration(names);
        }

        @Override
        public @Nullable String getContentType() {
            return headers.get("content-type");
        }

        @Override
        public int getContentLength() {
            return content.length;
        }

        @Override
        public long getContentLengthLong() {
            return content.length;
        }

        @Override
        public @Nullable String getQueryString() {
            // Links the LRS builds from the current request (the "more" of a statement page) carry the parameters.
            StringBuilder query = new StringBuilder();
            parameters.forEach((name, values) -> query.append(query.isEmpty() ? "" : "&")
                    .append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(values[0], StandardCharsets.UTF_8)));
            return query.isEmpty() ? null : query.toString();
        }

        @Override
        public @Nullable String getParameter(String name) {
            String[] values = parameters.get(name);
            return values == null ? null : values[0];
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Collections.unmodifiableMap(parameters);
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(parameters.keySet());
        }

        @Override
        public String @Nullable [] getParameterValues(String name) {
            return parameters.get(name);
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream bytes = new ByteArrayInputStream(content);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return bytes.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the content is already read");
                }

                @Override
                public int read() {
                    return bytes.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return bytes.read(b, off, len);
                }
            };
        }
    }
}
