package org.educloud.integration.webhooks;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of outgoing webhooks.
 *
 * @param allowPlainHttp   accept {@code http://} endpoints (development and tests only; production sends HTTPS only)
 * @param allowLoopback    accept endpoints on this machine (127.0.0.0/8, ::1) — tests only; private, link-local,
 *                         multicast and unspecified addresses stay refused even then
 * @param secretKey        the former key of the subscriptions' secrets (base64 of 32 bytes), read only to seal
 *                         secrets of before identity's key-encryption key again ({@code LegacySecrets}); new secrets
 *                         are sealed with {@code educloud.identity.key-encryption-key}
 * @param disableAfter     consecutive failed attempts after which a subscription is switched off
 * @param maxAttempts      attempts per event before it is given up
 * @param retryBase        the wait after the first failure; doubled after each further one, plus up to a quarter
 * @param retryMax         the longest wait between two attempts
 * @param connectTimeout   how long to wait for the receiver's connection
 * @param readTimeout      how long to wait for the receiver's answer
 * @param maxResponseBytes how much of an answer is read before the connection is dropped
 * @param batchSize        deliveries taken per run of the deliverer
 * @param pollDelay        the pause between two runs of the deliverer (read by its schedule)
 * @param retention        how long delivered and given-up events are kept with their log lines
 */
@ConfigurationProperties("educloud.integration.webhooks")
public record WebhookProperties(@DefaultValue("false") boolean allowPlainHttp,
                                @DefaultValue("false") boolean allowLoopback,
                                @Nullable String secretKey,
                                @DefaultValue("10") int disableAfter,
                                @DefaultValue("12") int maxAttempts,
                                @DefaultValue("30s") Duration retryBase,
                                @DefaultValue("6h") Duration retryMax,
                                @DefaultValue("5s") Duration connectTimeout,
                                @DefaultValue("10s") Duration readTimeout,
                                @DefaultValue("65536") int maxResponseBytes,
                                @DefaultValue("50") int batchSize,
                                @DefaultValue("5s") Duration pollDelay,
                                @DefaultValue("30d") Duration retention) {

    public WebhookProperties {
        if (disableAfter < 1 || maxAttempts < 1 || batchSize < 1 || maxResponseBytes < 0) {
            throw new IllegalArgumentException("educloud.integration.webhooks: counts must be positive");
        }
    }
}
