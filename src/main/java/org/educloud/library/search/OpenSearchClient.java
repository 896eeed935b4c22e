package org.educloud.library.search;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.educloud.library.storage.LibraryProperties;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The library's few calls to an OpenSearch cluster, over HTTP with the JDK's client and Jackson (no OpenSearch or
 * Lucene classes on the application's class path: the cluster's Lucene is another major version). Every call is
 * bounded: a connect and request timeout, a limit on what is sent and on what is read back. A cluster that cannot be
 * reached, times out or answers 5xx is unavailable ({@link SearchUnavailableException}, 503), never a 500.
 */
final class OpenSearchClient {

    /** A bulk request is split before it grows past this; one search is far smaller. */
    static final int MAX_REQUEST_BYTES = 8 * 1024 * 1024;
    /** The largest answer read: a page of ids with seven facets is a few kilobytes. */
    private static final int MAX_RESPONSE_BYTES = 16 * 1024 * 1024;

    private final HttpClient http;
    private final URI base;
    private final Duration timeout;
    private final @Nullable String authorization;
    private final JsonMapper json;

    OpenSearchClient(LibraryProperties.OpenSearch cluster, JsonMapper json) {
        this.base = URI.create(cluster.url().toString().replaceAll("/+$", "") + "/");
        this.timeout = cluster.timeout();
        this.json = json;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).version(HttpClient.Version.HTTP_1_1).build();
        this.authorization = cluster.username() == null || cluster.username().isBlank() ? null
                : "Basic " + Base64.getEncoder().encodeToString((cluster.username() + ":"
                + (cluster.password() == null ? "" : cluster.password())).getBytes(StandardCharsets.UTF_8));
    }

    /** An answer of the cluster: its status (2xx or 4xx) and its JSON body (empty for HEAD). */
    record Response(int status, JsonNode body) {

        boolean ok() {
            return status / 100 == 2;
        }
    }

    JsonMapper json() {
        return json;
    }

    Response get(String path) {
        return send("GET", path, null, null);
    }

    Response delete(String path) {
        return send("DELETE", path, null, null);
    }

    Response put(String path, JsonNode body) {
        return send("PUT", path, json.writeValueAsBytes(body), "application/json");
    }

    Response post(String path, JsonNode body) {
        return send("POST", path, json.writeValueAsBytes(body), "application/json");
    }

    /** A bulk request: newline-delimited JSON, already at most {@link #MAX_REQUEST_BYTES}. */
    Response bulk(String path, byte[] ndjson) {
        return send("POST", path, ndjson, "application/x-ndjson");
    }

    private Response send(String method, String path, byte @Nullable [] body, @Nullable String type) {
        if (body != null && body.length > MAX_REQUEST_BYTES) {
            throw new IllegalArgumentException("a request to the search cluster of " + body.length + " bytes");
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(timeout)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        if (type != null) {
            request.header("Content-Type", type);
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        HttpResponse<InputStream> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw new SearchUnavailableException(method + " " + path + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SearchUnavailableException(method + " " + path + " was interrupted", e);
        }
        byte[] read;
        try (InputStream in = response.body()) {
            read = in.readNBytes(MAX_RESPONSE_BYTES + 1);
        } catch (IOException e) {
            throw new SearchUnavailableException(method + " " + path + ": " + e, e);
        }
        if (read.length > MAX_RESPONSE_BYTES) {
            throw new SearchUnavailableException(method + " " + path + " answered more than "
                    + MAX_RESPONSE_BYTES + " bytes", null);
        }
        if (response.statusCode() >= 500 || response.statusCode() == 429) {
            throw new SearchUnavailableException(method + " " + path + " answered " + response.statusCode() + ": "
                    + new String(read, 0, Math.min(read.length, 500), StandardCharsets.UTF_8), null);
        }
        JsonNode parsed = read.length == 0 ? json.createObjectNode() : json.readTree(read);
        return new Response(response.statusCode(), parsed);
    }

    /** Fails unless the answer is 2xx: a 4xx is a request the library got wrong, a fault of its own. */
    static JsonNode expectOk(Response response, String what) {
        if (!response.ok()) {
            throw new IllegalStateException("The search cluster refused " + what + " (" + response.status() + "): "
                    + response.body());
        }
        return response.body();
    }
}
