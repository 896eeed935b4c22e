package org.educloud.integration.lti.tools;

import java.net.URI;
import java.net.URISyntaxException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.educloud.integration.lti.grades.LineItems;
import org.educloud.integration.lti.support.LtiProperties;
import org.educloud.integration.lti.support.ToolKeys;
import org.educloud.integration.webhooks.AddressGuard;
import org.educloud.shared.AuditableActionOccurred;
import org.educloud.shared.ForbiddenException;
import org.educloud.shared.NotFoundException;
import org.educloud.shared.OrgId;
import org.educloud.shared.RuleViolationException;
import org.educloud.shared.Scope;
import org.educloud.tenancy.OrgNodeView;
import org.educloud.tenancy.TenancyManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What admins do with tools: register one on a node they administer (EduCloud issues the client id), see those of
 * their nodes, and remove one (its placements, line items and launches go with it; the gradebook keeps no column of
 * a removed tool). Admins of other nodes get not-found.
 */
@Service
@Transactional
class ToolRegistrations {

    static final int MAX_REDIRECT_URIS = 5;
    private static final Pattern DEPLOYMENT = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ToolStore store;
    private final TenancyManagement tenancy;
    private final AddressGuard guard;
    private final boolean allowPlainHttp;
    private final ToolKeys keys;
    private final LineItems lineItems;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ToolRegistrations(ToolStore store, TenancyManagement tenancy, LtiProperties properties, ToolKeys keys,
                      LineItems lineItems, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.tenancy = tenancy;
        this.guard = new AddressGuard(properties.allowPlainHttp(), properties.allowLoopback());
        this.allowPlainHttp = properties.allowPlainHttp();
        this.keys = keys;
        this.lineItems = lineItems;
        this.events = events;
        this.clock = clock;
    }

    LtiTool register(Scope scope, OrgId orgId, ToolDraft draft) {
        OrgNodeView node = tenancy.visible(scope, orgId);
        if (!scope.canAdminister(node.path())) {
            throw new ForbiddenException("integration.lti.error.notYourNode");
        }
        String name = draft.name() == null ? "" : draft.name().strip();
        if (name.isEmpty() || name.length() > 80) {
            throw new RuleViolationException("integration.lti.error.name");
        }
        String deployment = draft.deploymentId() == null || draft.deploymentId().isBlank()
                ? "d-" + random(8) : draft.deploymentId().strip();
        if (!DEPLOYMENT.matcher(deployment).matches()) {
            throw new RuleViolationException("integration.lti.error.deployment");
        }
        List<String> redirects = redirectUris(draft.redirectUris());
        String deepLinking = draft.deepLinkingUrl() == null || draft.deepLinkingUrl().isBlank() ? null
                : browserUrl(draft.deepLinkingUrl(), "integration.lti.error.deepLinkingUrl");
        LtiTool tool = new LtiTool(0, node.id(), node.path(), name, "lti-" + random(12), deployment,
                browserUrl(draft.loginUrl(), "integration.lti.error.loginUrl"),
                browserUrl(draft.launchUrl(), "integration.lti.error.launchUrl"), deepLinking, redirects,
                jwksUrl(draft.jwksUrl()), clock.instant());
        long id = store.insert(tool, scope.userId().value());
        audit(scope, "integration.lti.toolRegistered", id, name, node, tool.clientId());
        return store.find(id).orElseThrow();
    }

    @Transactional(readOnly = true)
    List<LtiTool> visibleTo(Scope scope) {
        return store.under(scope.adminPaths(), 500);
    }

    @Transactional(readOnly = true)
    LtiTool managed(Scope scope, long id) {
        return store.find(id).filter(t -> scope.canAdminister(t.orgPath()))
                .orElseThrow(() -> new NotFoundException("integration.lti.error.toolNotFound"));
    }

    void remove(Scope scope, long id) {
        LtiTool tool = managed(scope, id);
        lineItems.withdrawColumnsOf(id);
        store.delete(id);
        keys.forget(tool.jwksUrl());
        audit(scope, "integration.lti.toolRemoved", id, tool.name(),
                tenancy.find(tool.orgId()).orElseThrow(() -> new NotFoundException("tenancy.error.notFound")),
                tool.clientId());
    }

    private List<String> redirectUris(@Nullable String lines) {
        List<String> uris = new ArrayList<>();
        for (String line : (lines == null ? "" : lines).split("\\R")) {
            if (!line.isBlank()) {
                String uri = browserUrl(line, "integration.lti.error.redirectUri");
                if (!uris.contains(uri)) {
                    uris.add(uri);
                }
            }
        }
        if (uris.isEmpty() || uris.size() > MAX_REDIRECT_URIS) {
            throw new RuleViolationException("integration.lti.error.redirectUris", MAX_REDIRECT_URIS);
        }
        return uris;
    }

    /** An address the person's browser is sent to: HTTPS (HTTP only where allowed), a host, no user, no fragment. */
    private String browserUrl(@Nullable String url, String errorKey) {
        String trimmed = url == null ? "" : url.strip();
        try {
            URI uri = new URI(trimmed);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean schemeAllowed = scheme.equals("https") || (allowPlainHttp && scheme.equals("http"));
            if (schemeAllowed && uri.getHost() != null && uri.getRawUserInfo() == null && uri.getRawFragment() == null
                    && trimmed.length() <= 2000) {
                return uri.toString();
            }
        } catch (URISyntaxException e) {
            // answered below
        }
        throw new RuleViolationException(errorKey);
    }

    /** An address the server itself reads: also refused when it points inside the installation's network. */
    private String jwksUrl(@Nullable String url) {
        try {
            return guard.endpoint(url == null ? "" : url).toString();
        } catch (RuleViolationException e) {
            throw new RuleViolationException(e.messageKey().replace("integration.webhook.error.",
                    "integration.lti.error.jwks."));
        }
    }

    private static String random(int bytes) {
        byte[] value = new byte[bytes];
        RANDOM.nextBytes(value);
        return HexFormat.of().formatHex(value);
    }

    private void audit(Scope scope, String action, long id, String name, OrgNodeView node, String detail) {
        events.publishEvent(new AuditableActionOccurred(scope.userId(), action, "#" + id + " " + name, node.path(),
                detail));
    }
}
