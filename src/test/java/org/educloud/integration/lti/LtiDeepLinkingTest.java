package org.educloud.integration.lti;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.educloud.integration.lti.links.LtiLink;
import org.educloud.shared.Role;
import org.educloud.support.EduCloudTest;
import org.educloud.support.TenantFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * LTI deep linking: a teacher picks content in the tool and it becomes a lesson item; an answer that is replayed,
 * forged, late, of a kind EduCloud cannot keep or arrives after the teacher was disabled places nothing.
 */
@EduCloudTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LtiDeepLinkingTest extends LtiPlatformScene {

    @Test
    void aTeacherPicksContentInTheToolAndItBecomesALessonItem() throws Exception {
        tool.contentItems = List.of(Map.of("type", "ltiResourceLink", "title", "分数墙互动练习",
                "url", tool.base() + "/launch?activity=fraction-wall"));
        LtiBrowser teacher = new LtiBrowser(platform).logIn(room.teacherName(), TenantFixture.PASSWORD);
        String lessonTools = "/lti/courses/" + room.courseId() + "/lessons/" + room.lessonId() + "/tools";
        int before = tool.launches.size();

        HttpResponse<String> end = teacher.follow(teacher.submit(lessonTools,
                "/lti/courses/" + room.courseId() + "/lessons/" + room.lessonId() + "/deep-link",
                Map.of("classId", String.valueOf(room.classId()), "toolId", String.valueOf(registered.id()))));

        assertThat(tool.refusals).isEmpty();
        JWTClaimsSet request = tool.launches.get(before);
        assertThat(request.getClaim(lti("message_type"))).isEqualTo("LtiDeepLinkingRequest");
        assertThat(end.uri().getPath()).isEqualTo("/lti/classes/" + room.classId());
        assertThat(end.body()).contains("分数墙互动练习");
        LtiLink item = placements.ofClass(identity.scopeOf(room.teacher()), room.classId()).stream()
                .filter(l -> l.title().equals("分数墙互动练习")).findFirst().orElseThrow();
        assertThat(item.lessonId()).isEqualTo(room.lessonId());
        assertThat(item.targetLinkUri()).isEqualTo(tool.base() + "/launch?activity=fraction-wall");
    }

    @Test
    void deepLinkingResponsesThatAreReplayedForeignOrMisaddressedAreRefused() throws Exception {
        tool.contentItems = List.of(Map.of("type", "ltiResourceLink", "title", "不该出现的内容"));
        LtiBrowser teacher = new LtiBrowser(platform).logIn(room.teacherName(), TenantFixture.PASSWORD);
        PendingDeepLink pending = pendingDeepLink(teacher, room);
        String returnUrl = pending.returnUrl();
        String data = pending.data();

        RSAKey foreign = new RSAKeyGenerator(2048).keyID(tool.key().getKeyID()).generate();
        assertThat(teacher.post(returnUrl, Map.of("JWT", tool.deepLinkingResponse(data, foreign,
                Instant.now().plusSeconds(300), UUID.randomUUID().toString()))).statusCode())
                .as("signed by a key not in the tool's JWKS").isEqualTo(400);
        assertThat(teacher.post(returnUrl, Map.of("JWT", tool.deepLinkingResponse("other-data", tool.key(),
                Instant.now().plusSeconds(300), UUID.randomUUID().toString()))).statusCode())
                .as("the data of another request").isEqualTo(400);
        assertThat(teacher.post(returnUrl, Map.of("JWT", tool.deepLinkingResponse(data, tool.key(),
                Instant.now().minusSeconds(600), UUID.randomUUID().toString()))).statusCode())
                .as("expired").isEqualTo(400);
        HttpResponse<String> longNonce = teacher.post(returnUrl, Map.of("JWT", tool.deepLinkingResponse(data,
                tool.key(), Instant.now().plusSeconds(300), "n".repeat(300))));
        assertThat(longNonce.statusCode()).as("a nonce longer than the platform keeps").isEqualTo(400);
        assertThat(longNonce.body()).contains("lti-problem");
        String good = tool.deepLinkingResponse(data, tool.key(), Instant.now().plusSeconds(300),
                UUID.randomUUID().toString());
        assertThat(teacher.post(returnUrl, Map.of("JWT", good)).statusCode()).as("the real answer").isEqualTo(302);
        assertThat(teacher.post(returnUrl, Map.of("JWT", good)).statusCode()).as("replayed").isEqualTo(400);
        assertThat(placements.ofClass(identity.scopeOf(room.teacher()), room.classId()).stream()
                .filter(l -> l.title().equals("不该出现的内容")).count()).as("placed once").isEqualTo(1);
    }

    @Test
    void deepLinkingAnswersWithItemsEduCloudCannotKeepAreRefusedByTheirType() throws Exception {
        tool.contentItems = List.of(Map.of("type", "ltiResourceLink", "title", "与讲义同来的练习"),
                Map.of("type", "file", "title", "分数讲义", "url", "https://93.184.216.34/handout.pdf"));
        LtiBrowser teacher = new LtiBrowser(platform).logIn(room.teacherName(), TenantFixture.PASSWORD);
        String lesson = "/lti/courses/" + room.courseId() + "/lessons/" + room.lessonId();

        HttpResponse<String> end = teacher.follow(teacher.submit(lesson + "/tools", lesson + "/deep-link",
                Map.of("classId", String.valueOf(room.classId()), "toolId", String.valueOf(registered.id()))));

        assertThat(end.statusCode()).isEqualTo(400);
        assertThat(end.body()).contains("file");
        assertThat(placements.ofClass(identity.scopeOf(room.teacher()), room.classId()).stream()
                .filter(l -> l.title().equals("与讲义同来的练习")).count()).as("all or nothing").isZero();
    }

    @Test
    void aDisabledTeachersPendingDeepLinkPlacesNothing() throws Exception {
        LtiClassroom.Made other = classrooms.make(fixture.a());
        tool.contentItems = List.of(Map.of("type", "ltiResourceLink", "title", "停用前挑选的内容"));
        PendingDeepLink pending = pendingDeepLink(
                new LtiBrowser(platform).logIn(other.teacherName(), TenantFixture.PASSWORD), other);
        identity.disable(identity.scopeOf(fixture.a().person(Role.SCHOOL_ADMIN)), other.teacher());

        // the tool's signed answer arrives without the teacher's session, as anyone holding it could post it
        HttpResponse<String> answer = new LtiBrowser(platform).post(pending.returnUrl(), Map.of("JWT",
                tool.deepLinkingResponse(pending.data(), tool.key(), Instant.now().plusSeconds(300),
                        UUID.randomUUID().toString())));

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(answer.body()).contains("lti-problem");
        assertThat(placements.ofClass(identity.scopeOf(fixture.a().person(Role.SCHOOL_ADMIN)), other.classId()))
                .extracting(LtiLink::title).doesNotContain("停用前挑选的内容");
    }

    /** Where the tool is to answer a deep-linking request, and the data it must echo. */
    private record PendingDeepLink(String returnUrl, String data) {
    }

    /**
     * The teacher asks to pick content in the tool, and it stops before the tool's answer is posted: the test posts
     * forged, replayed or late answers itself.
     */
    private PendingDeepLink pendingDeepLink(LtiBrowser teacher, LtiClassroom.Made in) throws Exception {
        String lessonTools = "/lti/courses/" + in.courseId() + "/lessons/" + in.lessonId() + "/tools";
        HttpResponse<String> toTool = teacher.submit(lessonTools, "/lti/courses/" + in.courseId() + "/lessons/"
                + in.lessonId() + "/deep-link", Map.of("classId", String.valueOf(in.classId()),
                "toolId", String.valueOf(registered.id())));
        HttpResponse<String> login = teacher.get(toTool.headers().firstValue("Location").orElseThrow());
        HttpResponse<String> auth = teacher.get(login.headers().firstValue("Location").orElseThrow());
        // the id_token goes to the tool, which answers with its own form; that form is not posted here
        HttpResponse<String> answer = teacher.step(auth);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("name=\"JWT\"");
        @SuppressWarnings("unchecked")
        Map<String, Object> settings = (Map<String, Object>) tool.launches.getLast().getClaim(
                "https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings");
        return new PendingDeepLink(String.valueOf(settings.get("deep_link_return_url")),
                String.valueOf(settings.get("data")));
    }
}
