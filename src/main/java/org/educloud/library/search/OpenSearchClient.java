package org.educloud.library.search;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.educloud.library.storage.LibraryProperties;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The library's few calls to an OpenSearch cluster, over HTTP with the JDK's client and Jackson (no OpenSearch or
 * Lucene classes on the application's class path: the cluster's Lucene is another major version). Every call is
 * bounded: a connect timeout, one deadline for the whole answer (headers and body), a limit on what is sent and on what
 * is read back. A cluster that cannot be reached, times out, answers 5xx or 429, is refused by what stands before it
 * (401, 403, 413: a proxy, its authentication) or answers something that is not JSON is unavailable
 * ({@link SearchUnavailableException}, 503), never a 500.
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

    /** An answer of the cluster: its status (2xx, or 4xx other than 401, 403, 413 and 429) and its JSON object. */
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
        HttpResponse<byte[]> response;
        CompletableFuture<HttpResponse<byte[]>> sent = http.sendAsync(request.build(),
                HttpResponse.BodyHandlers.limiting(HttpResponse.BodyHandlers.ofByteArray(), MAX_RESPONSE_BYTES));
        try {
            // the request's own timeout ends at the headers: the whole answer, body included, has this deadline
            response = sent.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            sent.cancel(true);
            throw new SearchUnavailableException(method + " " + path + " was not answered within " + timeout, e);
        } catch (ExecutionException e) {
            // a refused connection, a broken answer, or one longer than MAX_RESPONSE_BYTES
            throw new SearchUnavailableException(method + " " + path + ": " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            sent.cancel(true);
            Thread.currentThread().interrupt();
            throw new SearchUnavailableException(method + " " + path + " was interrupted", e);
        }
        byte[] read = response.body();
        int status = response.statusCode();
        if (status >= 500 || status == 429 || status == 401 || status == 403 || status == 413) {
            // the cluster cannot serve, or something before it (a proxy, its authentication) refuses to pass it on
            throw new SearchUnavailableException(method + " " + path + " answered " + status + ": " + excerpt(read),
                    null);
        }
        JsonNode parsed;
        try {
            parsed = read.length == 0 ? json.createObjectNode() : json.readTree(read);
        } catch (JacksonException e) {
            throw new SearchUnavailableException(method + " " + path + " answered " + status + " with no JSON: "
                    + excerpt(read), e);
        }
        if (!parsed.isObject()) {
            throw new SearchUnavailableException(method + " " + path + " answered " + status + " with no JSON object: "
                    + excerpt(read), null);
        }
        return new Response(status, parsed);
    }

    private static String excerpt(byte[] read) {
        return new String(read, 0, Math.min(read.length, 500), StandardCharsets.UTF_8);
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
