package org.educloud.integration.lti.launch;

import com.nimbusds.jwt.JWTClaimsSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.educloud.identity.IdentityManagement;
import org.educloud.identity.PlatformSigning;
import org.educloud.integration.lti.grades.LineItems;
import org.educloud.integration.lti.links.ClassAccess;
import org.educloud.integration.lti.links.LinkStore;
import org.educloud.integration.lti.links.LtiLink;
import org.educloud.integration.lti.support.Lti;
import org.educloud.integration.lti.support.LtiProperties;
import org.educloud.integration.lti.tools.LtiTool;
import org.educloud.shared.Scope;
import org.educloud.shared.UserId;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The id_token of a launch: the OpenID claims ({@code sub} is the account id, as EduCloud's own ID tokens say it)
 * and the LTI claims — message type, version, deployment, target link, resource link, roles in the LIS vocabulary,
 * the class as context, the launch presentation in the person's language, and the AGS and NRPS endpoints of the
 * class; for a deep-linking request its settings with the return URL. The person's place in the class is read
 * again here, so a launch started before a transfer says nothing the person no longer is.
 */
@Component
class LaunchMessages {

    private final PlatformSigning signing;
    private final IdentityManagement identity;
    private final ClassAccess access;
    private final LinkStore links;
    private final LineItems lineItems;
    private final LtiProperties properties;

    LaunchMessages(PlatformSigning signing, IdentityManagement identity, ClassAccess access, LinkStore links,
                   LineItems lineItems, LtiProperties properties) {
        this.signing = signing;
        this.identity = identity;
        this.access = access;
        this.links = links;
        this.lineItems = lineItems;
        this.properties = properties;
    }

    String idToken(LtiTool tool, PendingLaunch launch, @Nullable String returnToken, String nonce, String issuer,
                   Instant now) {
        UserId person = new UserId(launch.accountId());
        Scope scope = identity.scopeOf(person);
        ClassAccess.ClassContext context = access.find(scope, launch.classId())
                .orElseThrow(() -> new LaunchRefused("integration.lti.launch.error.notInClass", 403));
        String target = tool.launchUrl();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(issuer).subject(String.valueOf(launch.accountId())).audience(tool.clientId())
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plus(properties.idTokenLifetime())))
                .jwtID(UUID.randomUUID().toString())
                .claim("nonce", nonce).claim("azp", tool.clientId())
                .claim("name", identity.self(person).displayName())
                .claim(Lti.MESSAGE_TYPE, launch.messageType())
                .claim(Lti.CLAIM_VERSION, Lti.VERSION)
                .claim(Lti.DEPLOYMENT_ID, tool.deploymentId())
                .claim(Lti.ROLES, new ArrayList<>(List.of(context.role())))
                .claim(Lti.CONTEXT, map("id", String.valueOf(launch.classId()),
                        "label", context.schoolClass().name(),
                        "title", context.schoolClass().schoolName() + " " + context.schoolClass().name(),
                        "type", new ArrayList<>(List.of(Lti.COURSE_OFFERING))))
                .claim(Lti.LAUNCH_PRESENTATION, map("document_target", "window", "locale", launch.locale(),
                        "return_url", issuer + "/lti/classes/" + launch.classId()))
                .claim(Lti.TOOL_PLATFORM, map("guid", issuer, "name", "EduCloud", "product_family_code", "educloud",
                        "version", "1"))
                .claim(Lti.NRPS, map("context_memberships_url", issuer + Lti.contextPath(launch.classId())
                        + "/memberships", "service_versions", new ArrayList<>(List.of("2.0"))));
        Map<String, Object> ags = map("scope", new ArrayList<>(List.of(Lti.SCOPE_LINE_ITEM, Lti.SCOPE_LINE_ITEM_READ,
                        Lti.SCOPE_RESULT_READ, Lti.SCOPE_SCORE)),
                "lineitems", issuer + Lti.contextPath(launch.classId()) + "/lineitems");
        if (launch.linkId() != null) {
            LtiLink link = links.find(launch.linkId())
                    .orElseThrow(() -> new LaunchRefused("integration.lti.error.linkNotFound", 404));
            if (link.targetLinkUri() != null) {
                target = link.targetLinkUri();
            }
            claims.claim(Lti.RESOURCE_LINK, map("id", String.valueOf(link.id()), "title", link.title()));
            lineItems.ofLink(link.id()).ifPresent(item -> ags.put("lineitem",
                    issuer + Lti.contextPath(launch.classId()) + "/lineitems/" + item.id()));
        }
        if (returnToken != null) {
            target = tool.deepLinkingUrl() == null ? target : tool.deepLinkingUrl();
            claims.claim(Lti.DL_SETTINGS, map("deep_link_return_url", issuer + "/lti/deep-links/" + returnToken,
                    "accept_types", new ArrayList<>(List.of("ltiResourceLink", "link")),
                    "accept_presentation_document_targets", new ArrayList<>(List.of("iframe", "window")),
                    "accept_multiple", true, "auto_create", true, "data", returnToken));
        }
        claims.claim(Lti.AGS_ENDPOINT, ags).claim(Lti.TARGET_LINK_URI, target);
        return signing.sign(claims.build());
    }

    private static Map<String, Object> map(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
