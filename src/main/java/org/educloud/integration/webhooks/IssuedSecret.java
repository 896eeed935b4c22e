package org.educloud.integration.webhooks;

/** A subscription with its new secret, shown this once. */
public record IssuedSecret(WebhookView subscription, String secret) {
}
