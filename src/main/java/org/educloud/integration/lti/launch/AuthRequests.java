package org.educloud.integration.lti.launch;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import org.educloud.integration.lti.support.Lti;
import org.educloud.integration.lti.support.LtiProperties;
import org.educloud.integration.lti.support.UsedValues;
import org.educloud.integration.lti.tools.LtiTool;
import org.educloud.integration.lti.tools.ToolStore;
import org.educloud.shared.UserId;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers the tool's authentication request: the client must be registered and the redirect URI one of its own,
 * exactly; the request must be an implicit-flow id_token request posted back as a form, with a nonce the tool has
 * not used before; and the login and message hints must name the login this person started with this tool, within
 * its lifetime, not yet spent. Then the hint is spent and the id_token signed.
 */
@Service
@Transactional(noRollbackFor = LaunchRefused.class)
class AuthRequests {

    private final ToolStore tools;
    private final LaunchStore launches;
    private final UsedValues used;
    private final LaunchMessages messages;
    private final LtiProperties properties;
    private final Clock clock;

    AuthRequests(ToolStore tools, LaunchStore launches, UsedValues used, LaunchMessages messages,
                 LtiProperties properties, Clock clock) {
        this.tools = tools;
        this.launches = launches;
        this.used = used;
        this.messages = messages;
        this.properties = properties;
        this.clock = clock;
    }

    IdTokenPost answer(AuthRequest request, UserId person, String issuer) {
        LtiTool tool = tools.byClientId(nonNull(request.clientId()))
                .orElseThrow(() -> new LaunchRefused("integration.lti.launch.error.unknownClient", 400));
        String redirect = nonNull(request.redirectUri());
        if (!tool.redirectsTo(redirect)) {
            throw new LaunchRefused("integration.lti.launch.error.redirectUri", 400);
        }
        if (!"id_token".equals(request.responseType()) || !"form_post".equals(request.responseMode())
                || request.scope() == null || !Arrays.asList(request.scope().split(" ")).contains("openid")) {
            throw new LaunchRefused("integration.lti.launch.error.request", 400);
        }
        if (request.prompt() != null && !"none".equals(request.prompt())) {
            throw new LaunchRefused("integration.lti.launch.error.request", 400);
        }
        String nonce = nonNull(request.nonce());
        if (nonce.isBlank() || nonce.length() > 255) {
            throw new LaunchRefused("integration.lti.launch.error.nonce", 400);
        }
        Instant now = clock.instant();
        PendingLaunch launch = launches.find(nonNull(request.ltiMessageHint()))
                .filter(l -> l.toolId() == tool.id())
                .orElseThrow(() -> new LaunchRefused("integration.lti.launch.error.hint", 400));
        if (launch.accountId() != person.value() || !String.valueOf(person.value()).equals(request.loginHint())) {
            throw new LaunchRefused("integration.lti.launch.error.otherPerson", 403);
        }
        if (launch.issuedAt() != null || launch.expiresAt().isBefore(now)) {
            throw new LaunchRefused("integration.lti.launch.error.spent", 400);
        }
        if (!used.firstUse(tool.id(), UsedValues.Kind.NONCE, nonce, now.plus(properties.idTokenLifetime()))) {
            throw new LaunchRefused("integration.lti.launch.error.nonceReused", 400);
        }
        boolean deepLinking = Lti.DEEP_LINKING_REQUEST.equals(launch.messageType());
        @Nullable String returnToken = deepLinking ? LoginStarts.random() : null;
        if (!launches.issue(launch.hint(), returnToken, now, now.plus(properties.deepLinkLifetime()))) {
            throw new LaunchRefused("integration.lti.launch.error.spent", 400);
        }
        launches.launchedIn(tool.id(), launch.classId(), now);
        String idToken = messages.idToken(tool, launch, returnToken, nonce, issuer, now);
        return new IdTokenPost(redirect, idToken, request.state());
    }

    private static String nonNull(@Nullable String value) {
        return value == null ? "" : value;
    }
}
