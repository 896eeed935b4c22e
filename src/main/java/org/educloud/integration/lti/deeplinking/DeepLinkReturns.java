package org.educloud.integration.lti.deeplinking;

import com.nimbusds.jwt.JWTClaimsSet;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.educloud.identity.AccountStatus;
import org.educloud.identity.IdentityManagement;
import org.educloud.integration.lti.grades.LineItems;
import org.educloud.integration.lti.grades.ToolLineItem;
import org.educloud.integration.lti.launch.LaunchRefused;
import org.educloud.integration.lti.launch.LaunchStore;
import org.educloud.integration.lti.launch.PendingLaunch;
import org.educloud.integration.lti.links.LtiLink;
import org.educloud.integration.lti.links.Placements;
import org.educloud.integration.lti.support.Lti;
import org.educloud.integration.lti.support.ToolKeys;
import org.educloud.integration.lti.support.UsedValues;
import org.educloud.integration.lti.tools.LtiTool;
import org.educloud.integration.lti.tools.ToolStore;
import org.educloud.shared.DomainException;
import org.educloud.shared.Scope;
import org.educloud.shared.UserId;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tool's answer to a deep-linking request: a JWT it signed (checked against its JWKS) for this platform, of this
 * deployment, an LtiDeepLinkingResponse of LTI 1.3.0 with a fresh nonce and the request's data echoed, arriving at
 * the request's one-time return URL within its lifetime. Its ltiResourceLink items become items of the lesson for the
 * class, placed as the teacher who asked (whose rights are read again now); an item with a line item also gets its
 * gradebook column. Its {@code link} items become plain links of the lesson. Any other type is refused by name. Either
 * every item is placed or none.
 */
@Service
@Transactional
class DeepLinkReturns {

    static final int MAX_ITEMS = 20;
    private static final String RESOURCE_LINK = "ltiResourceLink";
    private static final String LINK = "link";

    private final LaunchStore launches;
    private final ToolStore tools;
    private final ToolKeys keys;
    private final UsedValues used;
    private final Placements placements;
    private final LineItems lineItems;
    private final IdentityManagement identity;
    private final Clock clock;

    DeepLinkReturns(LaunchStore launches, ToolStore tools, ToolKeys keys, UsedValues used, Placements placements,
                    LineItems lineItems, IdentityManagement identity, Clock clock) {
        this.launches = launches;
        this.tools = tools;
        this.keys = keys;
        this.used = used;
        this.placements = placements;
        this.lineItems = lineItems;
        this.identity = identity;
        this.clock = clock;
    }

    /** Places the returned items; answers the class they went to. */
    long accept(String returnToken, @Nullable String jwt, String issuer) {
        Instant now = clock.instant();
        PendingLaunch request = launches.byReturnToken(returnToken)
                .filter(l -> Lti.DEEP_LINKING_REQUEST.equals(l.messageType()) && l.expiresAt().isAfter(now))
                .orElseThrow(() -> new LaunchRefused("integration.lti.error.deepLinkSpent", 400));
        LtiTool tool = tools.find(request.toolId())
                .orElseThrow(() -> new LaunchRefused("integration.lti.error.deepLinkSpent", 400));
        JWTClaimsSet claims;
        try {
            claims = keys.verified(tool.jwksUrl(), jwt == null ? "" : jwt, issuer,
                    Map.of("iss", tool.clientId(), Lti.MESSAGE_TYPE, Lti.DEEP_LINKING_RESPONSE,
                            Lti.CLAIM_VERSION, Lti.VERSION, Lti.DEPLOYMENT_ID, tool.deploymentId(),
                            Lti.DL_DATA, returnToken),
                    Set.of("exp", "iat", "nonce"));
        } catch (ToolKeys.UntrustedToken e) {
            throw new LaunchRefused("integration.lti.error.deepLink", 400);
        }
        String nonce = String.valueOf(claims.getClaim("nonce"));
        if (nonce.length() > UsedValues.MAX_LENGTH) {
            throw new LaunchRefused("integration.lti.error.deepLink", 400);
        }
        if (!used.firstUse(tool.id(), UsedValues.Kind.DL_NONCE, nonce, claims.getExpirationTime().toInstant())
                || !launches.returned(returnToken, now)) {
            throw new LaunchRefused("integration.lti.error.deepLinkSpent", 400);
        }
        List<Map<String, Object>> items = contentItems(claims);
        if (items.isEmpty()) {
            throw new LaunchRefused("integration.lti.error.deepLinkEmpty", 400);
        }
        if (identity.self(new UserId(request.accountId())).status() != AccountStatus.ACTIVE) {
            // disabled since asking: the pending answer places nothing in their name
            throw new LaunchRefused("integration.lti.error.deepLinkDisabled", 403);
        }
        Scope teacher = identity.scopeOf(new UserId(request.accountId()));
        try {
            for (Map<String, Object> item : items) {
                place(teacher, request, tool, item);
            }
        } catch (DomainException e) {
            // the teacher no longer teaches the class or owns the lesson, or an item is unusable: place nothing
            throw new LaunchRefused("integration.lti.error.deepLinkRefused", 403);
        }
        return request.classId();
    }

    private void place(Scope teacher, PendingLaunch request, LtiTool tool, Map<String, Object> item) {
        long courseId = Objects.requireNonNull(request.courseId());
        long lessonId = Objects.requireNonNull(request.lessonId());
        Object title = item.get("title");
        String named = title instanceof String text && !text.isBlank() ? cut(text) : null;
        if (LINK.equals(item.get("type"))) {
            String address = url(item.get("url"));
            if (address == null) {
                throw new LaunchRefused("integration.lti.error.deepLink", 400);
            }
            placements.addLessonLink(teacher, request.classId(), tool.id(), courseId, lessonId, named, address);
            return;
        }
        LtiLink link = placements.addLessonItem(teacher, request.classId(), tool.id(), courseId, lessonId, named,
                url(item.get("url")));
        if (item.get("lineItem") instanceof Map<?, ?> lineItem && lineItem.get("scoreMaximum") instanceof Number max) {
            Object label = lineItem.get("label");
            lineItems.create(tool.id(), request.classId(), link.id(), label instanceof String text ? text : link.title(),
                    new BigDecimal(max.toString()), lineItem.get("resourceId") instanceof String r ? r : null,
                    lineItem.get("tag") instanceof String t ? t : null, ToolLineItem.Origin.TOOL);
        }
    }

    /**
     * The answer's content items, each an {@code ltiResourceLink} or a {@code link}; an item of any other type (a
     * file, HTML fragment, image) is refused by name, and so is the whole answer: EduCloud has nowhere to keep it.
     */
    private static List<Map<String, Object>> contentItems(JWTClaimsSet claims) {
        List<Object> items;
        try {
            items = claims.getListClaim(Lti.DL_CONTENT_ITEMS);
        } catch (ParseException e) {
            throw new LaunchRefused("integration.lti.error.deepLink", 400);
        }
        if (items == null) {
            return List.of();
        }
        if (items.size() > MAX_ITEMS) {
            throw new LaunchRefused("integration.lti.error.deepLinkTooMany", 400, MAX_ITEMS);
        }
        List<Map<String, Object>> accepted = new ArrayList<>();
        for (Object item : items) {
            if (!(item instanceof Map<?, ?> map)) {
                throw new LaunchRefused("integration.lti.error.deepLink", 400);
            }
            Object type = map.get("type");
            if (!RESOURCE_LINK.equals(type) && !LINK.equals(type)) {
                String named = type instanceof String text && !text.isBlank() ? cut(text) : "?";
                throw new LaunchRefused("integration.lti.error.deepLinkType", 400,
                        named.length() > 40 ? named.substring(0, 40) : named);
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> typed = (Map<String, Object>) map;
            accepted.add(typed);
        }
        return accepted;
    }

    private static @Nullable String url(@Nullable Object value) {
        if (!(value instanceof String text) || text.isBlank()) {
            return null;
        }
        try {
            URI uri = new URI(text.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null && text.length() <= 2000) {
                return uri.toString();
            }
        } catch (URISyntaxException e) {
            // refused below
        }
        throw new LaunchRefused("integration.lti.error.deepLink", 400);
    }

    private static String cut(String text) {
        String stripped = text.strip();
        return stripped.length() > 200 ? stripped.substring(0, 200) : stripped;
    }
}
