package org.educloud.support;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;

/**
 * One endpoint in the tenant-isolation test. {@code BY_ID} endpoints are called with the other district's ids
 * and must answer 403 or 404; {@code LIST} endpoints must answer without any of the other district's rows.
 *
 * @param pattern the mapping's path pattern, exactly as the controller declares it
 * @param uri the concrete URI, built from the fixture's other side (district B)
 */
public record IsolatedEndpoint(HttpMethod method, String pattern, Kind kind,
                               Function<TenantFixture.Side, String> uri,
                               Map<String, Function<TenantFixture.Side, String>> params,
                               @Nullable Function<TenantFixture.Side, String> json, Map<String, String> files) {

    public enum Kind { BY_ID, LIST }

    public static IsolatedEndpoint byId(HttpMethod method, String pattern, Function<TenantFixture.Side, String> uri) {
        return new IsolatedEndpoint(method, pattern, Kind.BY_ID, uri, Map.of(), null, Map.of());
    }

    public static IsolatedEndpoint list(String pattern) {
        return list(pattern, pattern);
    }

    /** A list whose pattern has variables (a format, say): called at this concrete URI. */
    public static IsolatedEndpoint list(String pattern, String uri) {
        return new IsolatedEndpoint(HttpMethod.GET, pattern, Kind.LIST, other -> uri, Map.of(), null, Map.of());
    }

    public IsolatedEndpoint param(String name, String value) {
        return param(name, other -> value);
    }

    /** A parameter whose value comes from the other side, such as the other district's school id. */
    public IsolatedEndpoint param(String name, Function<TenantFixture.Side, String> value) {
        Map<String, Function<TenantFixture.Side, String>> more = new LinkedHashMap<>(params);
        more.put(name, value);
        return new IsolatedEndpoint(method, pattern, kind, uri, more, json, files);
    }

    public IsolatedEndpoint json(String body) {
        return json(other -> body);
    }

    /** A JSON body that names the other side's ids. */
    public IsolatedEndpoint json(Function<TenantFixture.Side, String> body) {
        return new IsolatedEndpoint(method, pattern, kind, uri, params, body, files);
    }

    /** Sends the request as multipart, with this file part. */
    public IsolatedEndpoint file(String name, String content) {
        Map<String, String> more = new LinkedHashMap<>(files);
        more.put(name, content);
        return new IsolatedEndpoint(method, pattern, kind, uri, params, json, more);
    }

    public String key() {
        return method.name() + " " + pattern;
    }
}
