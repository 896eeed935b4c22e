package org.educloud.integration.webhooks;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.educloud.shared.OrgId;
import org.educloud.shared.RuleViolationException;
import org.educloud.shared.Scope;
import org.educloud.shared.TooLargeException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** Webhook subscriptions over JSON, for the admins of the nodes they belong to; errors as problem details. */
@RestController
@RequestMapping("/api/v1/webhooks")
@Tag(name = "Webhooks", description = "Signed event deliveries to the admins' own systems")
class WebhookApi {

    /** A new subscription. */
    record WebhookRequest(@NotNull Long orgId, @NotBlank @Size(max = 64) String name,
                          @NotBlank @Size(max = AddressGuard.MAX_URL_LENGTH) String url,
                          @NotEmpty @Size(max = 10) List<@NotBlank @Size(max = 40) String> kinds) {
    }

    /** Far above any real subscription (a 2000-character URL, five kinds): read no further before refusing. */
    static final int MAX_BODY_BYTES = 16 * 1024;

    private final Subscriptions subscriptions;
    private final SubscriptionDeliveries deliveries;
    private final JsonMapper json;
    private final Validator validator;

    WebhookApi(Subscriptions subscriptions, SubscriptionDeliveries deliveries, JsonMapper json, Validator validator) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.json = json;
        this.validator = validator;
    }

    @GetMapping
    @Operation(summary = "Subscriptions of the nodes the caller administers")
    List<WebhookView> list(Scope scope) {
        return subscriptions.visibleTo(scope);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Subscribe an HTTPS endpoint; the answer holds the signing secret, shown this once")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @io.swagger.v3.oas.annotations.media.Content(
            schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = WebhookRequest.class)))
    IssuedSecret subscribe(Scope scope, HttpServletRequest body) throws IOException {
        WebhookRequest request = parse(read(body));
        return subscriptions.subscribe(scope, OrgId.of(request.orgId()), request.name(), request.url(),
                WebhookPages.named(request.kinds()));
    }

    private static byte[] read(HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > MAX_BODY_BYTES) {
            throw new TooLargeException("integration.webhook.error.tooLarge", MAX_BODY_BYTES);
        }
        try (InputStream in = request.getInputStream()) {
            byte[] bytes = in.readNBytes(MAX_BODY_BYTES + 1);
            if (bytes.length > MAX_BODY_BYTES) {
                throw new TooLargeException("integration.webhook.error.tooLarge", MAX_BODY_BYTES);
            }
            return bytes;
        }
    }

    private WebhookRequest parse(byte[] bytes) {
        WebhookRequest request;
        try {
            request = json.readValue(bytes, WebhookRequest.class);
        } catch (JacksonException malformed) {
            throw new RuleViolationException("integration.webhook.error.malformed");
        }
        if (request == null) {
            throw new RuleViolationException("integration.webhook.error.malformed");
        }
        Set<ConstraintViolation<WebhookRequest>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return request;
    }

    @GetMapping("/{id}")
    @Operation(summary = "One subscription")
    WebhookView one(Scope scope, @PathVariable long id) {
        return subscriptions.managed(scope, id);
    }

    @GetMapping("/{id}/deliveries")
    @Operation(summary = "The subscription's delivery log, newest first (the last 100 attempts)")
    List<AttemptView> deliveries(Scope scope, @PathVariable long id) {
        return deliveries.log(scope, id);
    }

    @PostMapping("/{id}/secret")
    @Operation(summary = "Replace the signing secret; the answer holds the new one, shown this once")
    IssuedSecret rotate(Scope scope, @PathVariable long id) {
        return subscriptions.rotate(scope, id);
    }

    @PostMapping("/{id}/disable")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Switch the subscription off")
    void disable(Scope scope, @PathVariable long id) {
        subscriptions.disable(scope, id);
    }

    @PostMapping("/{id}/enable")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Switch the subscription on again (its address is checked anew)")
    void enable(Scope scope, @PathVariable long id) {
        subscriptions.enable(scope, id);
    }

    @PostMapping("/{id}/test")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Queue a ping event for the subscription")
    Map<String, UUID> test(Scope scope, @PathVariable long id) {
        return Map.of("eventId", deliveries.sendTest(scope, id));
    }
}
