package org.educloud.integration.lti;

import static org.educloud.support.IsolatedEndpoint.byId;
import static org.educloud.support.IsolatedEndpoint.list;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.util.List;
import java.util.Map;
import org.educloud.integration.lti.tools.LtiFixture;
import org.educloud.support.IsolatedEndpoint;
import org.educloud.support.IsolatedEndpoints;
import org.educloud.support.TenantFixture;

/**
 * The LTI pages, asked about the other district's tool (on its school), its lesson item, class, course and lesson.
 * The endpoints tools call are exempt here: no person's session opens them, and {@code LtiServicesTest}
 * walks them with tokens of one class against another.
 */
class LtiIsolatedEndpoints implements IsolatedEndpoints {

    @Override
    public List<IsolatedEndpoint> endpoints() {
        return List.of(
                list("/admin/lti-tools"),
                byId(GET, "/admin/lti-tools/{id}", b -> tool(b)),
                byId(POST, "/admin/lti-tools/{id}/delete", b -> tool(b) + "/delete"),
                byId(POST, "/admin/lti-tools", b -> "/admin/lti-tools").param("name", "越界工具")
                        .param("orgId", b -> b.school().id().value() + "")
                        .param("loginUrl", "https://93.184.216.34/x/login")
                        .param("launchUrl", "https://93.184.216.34/x/launch")
                        .param("redirectUris", "https://93.184.216.34/x/launch")
                        .param("jwksUrl", "https://93.184.216.34/x/jwks"),
                byId(GET, "/lti/classes/{classId}", b -> "/lti/classes/" + b.classId()),
                byId(POST, "/lti/classes/{classId}/assignments", b -> "/lti/classes/" + b.classId() + "/assignments")
                        .param("toolId", b -> LtiFixture.get().toolOf(b) + "").param("title", "越界作业")
                        .param("maxScore", "10"),
                byId(GET, "/lti/courses/{courseId}/lessons/{lessonId}/tools", b -> lesson(b) + "/tools"),
                byId(POST, "/lti/courses/{courseId}/lessons/{lessonId}/tools", b -> lesson(b) + "/tools")
                        .param("classId", b -> b.classId() + "").param("toolId", b -> LtiFixture.get().toolOf(b) + ""),
                byId(POST, "/lti/courses/{courseId}/lessons/{lessonId}/deep-link", b -> lesson(b) + "/deep-link")
                        .param("classId", b -> b.classId() + "").param("toolId", b -> LtiFixture.get().toolOf(b) + ""),
                byId(GET, "/lti/links/{id}/launch", b -> "/lti/links/" + LtiFixture.get().linkOf(b) + "/launch"));
    }

    @Override
    public Map<String, String> exempt() {
        String tools = "called by a tool, never with a person's session: LtiServicesTest asks it "
                + "about a class the tool was not launched in";
        return Map.ofEntries(
                Map.entry("GET /lti/auth", "answers only the caller's own login started moments before (one-time hint "
                        + "bound to the account); LtiLaunchTest sends another person's"),
                Map.entry("POST /lti/auth", "as GET /lti/auth"),
                Map.entry("POST /lti/token", "a tool's signed client assertion decides, not the caller's scope"),
                Map.entry("POST /lti/deep-links/{token}", "a one-time return token of the teacher's own request and "
                        + "the tool's signed answer decide; LtiDeepLinkingTest replays and forges it"),
                Map.entry("GET /lti/services/contexts/{classId}/lineitems", tools),
                Map.entry("POST /lti/services/contexts/{classId}/lineitems", tools),
                Map.entry("GET /lti/services/contexts/{classId}/lineitems/{id}", tools),
                Map.entry("PUT /lti/services/contexts/{classId}/lineitems/{id}", tools),
                Map.entry("DELETE /lti/services/contexts/{classId}/lineitems/{id}", tools),
                Map.entry("POST /lti/services/contexts/{classId}/lineitems/{id}/scores", tools),
                Map.entry("GET /lti/services/contexts/{classId}/lineitems/{id}/results", tools),
                Map.entry("GET /lti/services/contexts/{classId}/memberships", tools));
    }

    private static String tool(TenantFixture.Side b) {
        return "/admin/lti-tools/" + LtiFixture.get().toolOf(b);
    }

    private static String lesson(TenantFixture.Side b) {
        return "/lti/courses/" + b.courseId() + "/lessons/" + b.lessonId();
    }
}
