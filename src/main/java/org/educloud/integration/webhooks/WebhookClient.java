package org.educloud.integration.webhooks;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.util.Timeout;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Posts one signed delivery. The client resolves names only through the {@link AddressGuard}, follows no
 * redirects (a 3xx is an answer, not an invitation to go elsewhere), reuses no connection (each post resolves and
 * checks afresh), uses no proxy from the environment, keeps no cookies, and reads at most a few kilobytes of any
 * answer, within connect and read timeouts. Those timeouts bound each wait, not the whole post: a receiver that sends
 * one byte of its answer every few seconds would never time out, and one run's posts are awaited together, so every
 * post is also cut off at a deadline (connect timeout + twice the read timeout).
 */
@Component
class WebhookClient {

    /** What came of one post: the status code when there was an answer, else the error; and how long it took. */
    record Outcome(@Nullable Integer statusCode, long durationMs, @Nullable String error) {

        boolean succeeded() {
            return statusCode != null && statusCode >= 200 && statusCode < 300;
        }
    }

    private final CloseableHttpClient client;
    private final int maxResponseBytes;
    private final Duration deadline;
    private final ScheduledExecutorService cutoffs = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("webhook-deadline").daemon().factory());

    WebhookClient(WebhookProperties properties) {
        this.maxResponseBytes = properties.maxResponseBytes();
        this.deadline = properties.connectTimeout().plus(properties.readTimeout().multipliedBy(2));
        var connections = PoolingHttpClientConnectionManagerBuilder.create()
                .setDnsResolver(new AddressGuard(properties))
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.of(properties.connectTimeout()))
                        .setSocketTimeout(Timeout.of(properties.readTimeout()))
                        .build())
                .setMaxConnTotal(50).setMaxConnPerRoute(5)
                .build();
        this.client = HttpClients.custom()
                .setConnectionManager(connections)
                .setConnectionReuseStrategy((request, response, context) -> false)
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setResponseTimeout(Timeout.of(properties.readTimeout()))
                        .setRedirectsEnabled(false)
                        .build())
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .disableCookieManagement()
                .disableAuthCaching()
                .setUserAgent("EduCloud-Webhooks/1")
                .build();
    }

    Outcome post(URI endpoint, String eventId, EventKind kind, String body, String secret, long timestamp) {
        HttpPost post = new HttpPost(endpoint);
        post.setHeader(Signatures.ID, eventId);
        post.setHeader(Signatures.KIND, kind.wireName());
        post.setHeader(Signatures.TIMESTAMP, Long.toString(timestamp));
        post.setHeader(Signatures.SIGNATURE, Signatures.sign(secret, timestamp, body));
        post.setEntity(new StringEntity(body, ContentType.APPLICATION_JSON));
        long started = System.nanoTime();
        ScheduledFuture<?> cutoff = cutoffs.schedule(post::cancel, deadline.toMillis(), TimeUnit.MILLISECONDS);
        try (ClassicHttpResponse response = client.executeOpen(null, post, null)) {
            int code = response.getCode();
            HttpEntity entity = response.getEntity();
            if (entity != null) {
                try (InputStream in = entity.getContent()) {
                    // bounded: a receiver answering without end must not hold the deliverer
                    in.readNBytes(maxResponseBytes);
                    if (in.read() != -1) {
                        post.cancel();
                    }
                }
            }
            return new Outcome(code, millisSince(started), code >= 300 && code < 400 ? "redirect not followed" : null);
        } catch (AddressGuard.RefusedAddress refused) {
            return new Outcome(null, millisSince(started), "address refused (private, loopback or reserved)");
        } catch (IOException | RuntimeException failed) {
            if (post.isCancelled()) {
                return new Outcome(null, millisSince(started), "no complete answer within " + deadline.toSeconds() + " s");
            }
            String message = failed.getMessage();
            return new Outcome(null, millisSince(started),
                    failed.getClass().getSimpleName() + (message == null ? "" : ": " + message));
        } finally {
            cutoff.cancel(false);
        }
    }

    private static long millisSince(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }

    @PreDestroy
    void close() throws IOException {
        cutoffs.shutdownNow();
        client.close();
    }
}
