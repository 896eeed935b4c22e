package org.educloud.integration.lti;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWTClaimsSet;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import org.educloud.integration.lti.links.LtiLink;
import org.educloud.shared.Role;
import org.educloud.shared.Scope;
import org.educloud.support.Drafts;
import org.educloud.support.EduCloudTest;
import org.educloud.support.TenantFixture;
import org.educloud.tenancy.OrgNodeView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A launch from EduCloud into an LTI 1.3 tool: the student's and the teacher's launch carry the LTI claims signed by
 * the platform, and a launch is refused when the browser, the person or the tool brings the wrong thing.
 */
@EduCloudTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LtiLaunchTest extends LtiPlatformScene {

    @Test
    void aStudentsLaunchCarriesTheLtiClaimsSignedByThePlatform() throws Exception {
        JWTClaimsSet claims = launchAsStudent();

        assertThat(claims.getSubject()).isEqualTo(String.valueOf(room.student().value()));
        assertThat(claims.getClaim(lti("message_type"))).isEqualTo("LtiResourceLinkRequest");
        assertThat(claims.getClaim(lti("version"))).isEqualTo("1.3.0");
        assertThat(claims.getClaim(lti("deployment_id"))).isEqualTo(registered.deploymentId());
        assertThat(claims.getClaim(lti("target_link_uri"))).isEqualTo(tool.base() + "/launch");
        assertThat(claims.getJSONObjectClaim(lti("resource_link"))).containsEntry("id", String.valueOf(assignment.id()));
        assertThat(claims.getStringListClaim(lti("roles")))
                .containsExactly("http://purl.imsglobal.org/vocab/lis/v2/membership#Learner");
        assertThat(claims.getJSONObjectClaim(lti("context"))).containsEntry("id", String.valueOf(room.classId()));
        assertThat(claims.getJSONObjectClaim(lti("launch_presentation"))).containsEntry("locale", "zh-CN");
        assertThat(claims.getJSONObjectClaim("https://purl.imsglobal.org/spec/lti-ags/claim/endpoint"))
                .containsEntry("lineitems", contextUrl(room.classId()) + "/lineitems")
                .containsKey("lineitem");
        assertThat(claims.getJSONObjectClaim("https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice"))
                .containsEntry("context_memberships_url", contextUrl(room.classId()) + "/memberships");
    }

    @Test
    void theClassesTeacherLaunchesAsInstructor() throws Exception {
        LtiBrowser teacher = new LtiBrowser(platform).logIn(room.teacherName(), TenantFixture.PASSWORD);
        int before = tool.launches.size();
        HttpResponse<String> end = teacher.follow(teacher.get("/lti/links/" + assignment.id() + "/launch"));
        assertThat(end.body()).contains("launched");
        assertThat(tool.launches.get(before).getStringListClaim(lti("roles")))
                .containsExactly("http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor");
    }

    @Test
    void aTeacherWhoLostTheClassBeforeTheToolAskedGetsTheRefusalPage() throws Exception {
        LtiClassroom.Made lost = classrooms.make(fixture.a());
        LtiLink link = placements.addAssignment(identity.scopeOf(lost.teacher()), lost.classId(), registered.id(),
                "换了班主任的作业", BigDecimal.TEN);
        LtiBrowser teacher = new LtiBrowser(platform).logIn(lost.teacherName(), TenantFixture.PASSWORD);
        HttpResponse<String> login = teacher.get(teacher.get("/lti/links/" + link.id() + "/launch").headers()
                .firstValue("Location").orElseThrow());
        // meanwhile the class gets another head teacher, and the teacher now also runs a school of their own: an
        // admin whose schools do not hold the class, whom the roster answers "not found"
        OrgNodeView own = tenancy.registerSchool(Scope.installation(), fixture.a().district().id(),
                Drafts.aSchool().named("兼管小学" + System.nanoTime() % 100000).build());
        identity.grant(Scope.installation(), lost.teacher(), Role.SCHOOL_ADMIN, own.id());
        jdbc.sql("UPDATE roster.school_class SET head_teacher_id = NULL WHERE id = ?").param(lost.classId()).update();

        HttpResponse<String> auth = teacher.get(login.headers().firstValue("Location").orElseThrow());

        assertThat(auth.statusCode()).isEqualTo(403);
        assertThat(auth.body()).contains("lti-problem").doesNotContain("id_token");
    }

    @Test
    void anUnregisteredRedirectUriGetsAnErrorPageAndNoToken() throws Exception {
        LtiBrowser student = new LtiBrowser(platform).logIn(room.studentName(), TenantFixture.PASSWORD);
        tool.redirectUri = tool.base() + "/elsewhere";
        try {
            HttpResponse<String> login = student.get(student.get("/lti/links/" + assignment.id() + "/launch")
                    .headers().firstValue("Location").orElseThrow());
            HttpResponse<String> auth = student.get(login.headers().firstValue("Location").orElseThrow());

            assertThat(auth.statusCode()).isEqualTo(400);
            assertThat(auth.headers().firstValue("Location")).isEmpty();
            assertThat(auth.body()).doesNotContain("id_token").contains("lti-problem");
        } finally {
            tool.redirectUri = tool.base() + "/launch";
        }
    }

    @Test
    void anotherPersonCannotUseALoginStartedForSomeoneElse() throws Exception {
        LtiBrowser student = new LtiBrowser(platform).logIn(room.studentName(), TenantFixture.PASSWORD);
        HttpResponse<String> login = student.get(student.get("/lti/links/" + assignment.id() + "/launch")
                .headers().firstValue("Location").orElseThrow());
        String authUrl = login.headers().firstValue("Location").orElseThrow();
        LtiBrowser teacher = new LtiBrowser(platform).logIn(room.teacherName(), TenantFixture.PASSWORD);

        HttpResponse<String> stolen = teacher.get(authUrl);
        HttpResponse<String> own = student.get(authUrl);
        HttpResponse<String> again = student.get(authUrl);

        assertThat(stolen.statusCode()).isEqualTo(403);
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.body()).contains("id_token");
        assertThat(again.statusCode()).as("the nonce and the hint are spent").isEqualTo(400);
    }

    @Test
    void aStudentOfAnotherClassCannotLaunchTheClassesTool() throws Exception {
        String other = identity.self(room.otherStudent()).username();
        LtiBrowser student = new LtiBrowser(platform).logIn(other, TenantFixture.PASSWORD);

        assertThat(student.get("/lti/links/" + assignment.id() + "/launch").statusCode()).isEqualTo(404);
    }
}
