package org.educloud.integration.lti.launch;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.educloud.integration.lti.links.ClassAccess;
import org.educloud.integration.lti.links.LinkStore;
import org.educloud.integration.lti.links.LtiLink;
import org.educloud.integration.lti.links.Placements;
import org.educloud.integration.lti.support.FormQuery;
import org.educloud.integration.lti.support.Lti;
import org.educloud.integration.lti.support.LtiProperties;
import org.educloud.integration.lti.tools.LtiTool;
import org.educloud.integration.lti.tools.ToolStore;
import org.educloud.shared.NotFoundException;
import org.educloud.shared.RuleViolationException;
import org.educloud.shared.Scope;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Third-party initiated login: the platform records what it is about to launch, for whom, and sends the browser to
 * the tool's login initiation URL with the issuer, the person as login_hint, the record as lti_message_hint, the
 * target link, the client and the deployment. The tool answers with an authentication request ({@link AuthRequests}).
 */
@Service
@Transactional
public class LoginStarts {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final LinkStore links;
    private final ToolStore tools;
    private final ClassAccess access;
    private final Placements placements;
    private final LaunchStore launches;
    private final LtiProperties properties;
    private final Clock clock;

    LoginStarts(LinkStore links, ToolStore tools, ClassAccess access, Placements placements, LaunchStore launches,
                LtiProperties properties, Clock clock) {
        this.links = links;
        this.tools = tools;
        this.access = access;
        this.placements = placements;
        this.launches = launches;
        this.properties = properties;
        this.clock = clock;
    }

    /** Opens a placed tool: for the class's teachers, students and the school's admins. */
    public URI resourceLink(Scope scope, long linkId, String issuer, Locale locale) {
        // a plain link of a lesson is opened at its address, never launched
        LtiLink link = links.find(linkId).filter(l -> l.kind() != LtiLink.Kind.WEB)
                .orElseThrow(() -> new NotFoundException("integration.lti.error.linkNotFound"));
        ClassAccess.ClassContext context = access.of(scope, link.classId());
        LtiTool tool = tools.find(link.toolId()).orElseThrow(() -> new NotFoundException("integration.lti.error.toolNotFound"));
        String target = link.targetLinkUri() == null ? tool.launchUrl() : link.targetLinkUri();
        return start(scope, tool, context, link.id(), Lti.RESOURCE_LINK_REQUEST, null, null, target, issuer, locale);
    }

    /** Opens the tool's content picker for a lesson of the teacher's course, in one class they teach. */
    public URI deepLinking(Scope scope, long classId, long toolId, long courseId, long lessonId, String issuer,
                           Locale locale) {
        ClassAccess.ClassContext context = placements.taught(scope, classId);
        LtiTool tool = placements.placeable(context, toolId);
        placements.checkLesson(scope, courseId, lessonId);
        if (tool.deepLinkingUrl() == null) {
            throw new RuleViolationException("integration.lti.error.noDeepLinking");
        }
        return start(scope, tool, context, null, Lti.DEEP_LINKING_REQUEST, courseId, lessonId, tool.deepLinkingUrl(),
                issuer, locale);
    }

    private URI start(Scope scope, LtiTool tool, ClassAccess.ClassContext context, @Nullable Long linkId,
                      String messageType, @Nullable Long courseId, @Nullable Long lessonId, String target,
                      String issuer, Locale locale) {
        Instant now = clock.instant();
        String hint = random();
        launches.start(new PendingLaunch(hint, tool.id(), scope.userId().value(), context.classId(), linkId,
                messageType, courseId, lessonId, List.of(context.role()),
                "en".equals(locale.getLanguage()) ? "en" : "zh-CN", null, null,
                now.plus(properties.loginLifetime())));
        return FormQuery.append(tool.loginUrl(), new String[][] {
                {"iss", issuer}, {"login_hint", String.valueOf(scope.userId().value())}, {"lti_message_hint", hint},
                {"target_link_uri", target}, {"client_id", tool.clientId()},
                {"lti_deployment_id", tool.deploymentId()}});
    }

    static String random() {
        byte[] value = new byte[24];
        RANDOM.nextBytes(value);
        return HexFormat.of().formatHex(value);
    }
}
