package org.educloud.integration.lti;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.educloud.identity.IdentityManagement;
import org.educloud.integration.lti.grades.LineItems;
import org.educloud.integration.lti.links.LtiLink;
import org.educloud.integration.lti.links.Placements;
import org.educloud.integration.lti.support.Lti;
import org.educloud.integration.lti.tools.LtiFixture;
import org.educloud.integration.lti.tools.LtiTool;
import org.educloud.shared.Role;
import org.educloud.shared.Scope;
import org.educloud.shared.UserId;
import org.educloud.support.Drafts;
import org.educloud.support.EduCloudTest;
import org.educloud.support.TenantFixture;
import org.educloud.tenancy.OrgNodeView;
import org.educloud.tenancy.TenancyManagement;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * EduCloud as an LTI 1.3 Advantage platform, driven over real HTTP by a tool running beside it ({@link LtiTestTool},
 * written from the IMS specifications): a student's launch with the LTI claims, a score passed back and shown in the
 * teacher's gradebook, the class's names and roles, a deep-linked lesson item — and each of them refused when the
 * tool or the browser brings the wrong thing.
 */
@EduCloudTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LtiPlatformTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String ALL_SCOPES = "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem "
            + "https://purl.imsglobal.org/spec/lti-ags/scope/result.readonly "
            + "https://purl.imsglobal.org/spec/lti-ags/scope/score "
            + "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly";
    private static final String SCORE = "application/vnd.ims.lis.v1.score+json";
    private static final String LINE_ITEM = "application/vnd.ims.lis.v2.lineitem+json";

    @LocalServerPort
    int port;

    @Autowired
    TenantFixture fixture;

    @Autowired
    LtiClassroom classrooms;

    @Autowired
    LtiFixture tools;

    @Autowired
    Placements placements;

    @Autowired
    IdentityManagement identity;

    @Autowired
    TenancyManagement tenancy;

    @Autowired
    JdbcClient jdbc;

    String platform;
    LtiTestTool tool;
    LtiClassroom.Made room;
    LtiTool registered;
    LtiLink assignment;

    @BeforeAll
    void toolBesideThePlatform() throws Exception {
        platform = "http://127.0.0.1:" + port;
        tool = new LtiTestTool(platform);
        TenantFixture.Side a = fixture.a();
        room = classrooms.make(a);
        registered = tools.register(identity.scopeOf(a.person(Role.SCHOOL_ADMIN)), a.school().id(), "分数实验室",
                tool.base(), true);
        tool.clientId = registered.clientId();
        tool.deploymentId = registered.deploymentId();
        LtiBrowser teacher = new LtiBrowser(platform).logIn(room.teacherName(), TenantFixture.PASSWORD);
        String classPage = "/lti/classes/" + room.classId();
        HttpResponse<String> added = teacher.submit(classPage, classPage + "/assignments", Map.of(
                "toolId", String.valueOf(registered.id()), "title", "分数练习（工具）", "maxScore", "50"));
        assertThat(added.statusCode()).as("the teacher adds the tool as an assignment").isEqualTo(302);
        assignment = placements.ofClass(identity.scopeOf(room.teacher()), room.classId()).stream()
                .filter(l -> l.kind() == LtiLink.Kind.ASSIGNMENT).findFirst().orElseThrow();
    }

    @AfterAll
    void stopTool() {
        tool.close();
    }

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
    void aScorePassedBackByTheToolIsShownInTheTeachersGradebook() throws Exception {
        String lineItem = lineItemOf(launchAsStudent());
        String token = accessToken(ALL_SCOPES);

        HttpResponse<String> posted = tool.post(lineItem + "/scores", token, SCORE,
                score(room.student().value(), 9, 10));

        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(204);
        LtiBrowser teacher = new LtiBrowser(platform).logIn(room.teacherName(), TenantFixture.PASSWORD);
        String gradebook = teacher.get("/learning/classes/" + room.classId() + "/gradebook.csv").body();
        assertThat(gradebook).contains("分数练习（工具）").contains("45");
        JsonNode results = JSON.readTree(tool.get(lineItem + "/results", token,
                "application/vnd.ims.lis.v2.resultcontainer+json").body());
        assertThat(results.get(0).get("userId").asString()).isEqualTo(String.valueOf(room.student().value()));
        assertThat(results.get(0).get("resultScore").asDouble()).isEqualTo(9.0);
    }

    @Test
    void theToolListsAndCreatesLineItemsOfTheClassItWasLaunchedIn() throws Exception {
        launchAsStudent();
        String token = accessToken(ALL_SCOPES);
        String container = contextUrl(room.classId()) + "/lineitems";

        HttpResponse<String> created = tool.post(container, token, "application/vnd.ims.lis.v2.lineitem+json",
                "{\"label\":\"附加测验\",\"scoreMaximum\":20,\"tag\":\"quiz\"}");
        JsonNode listed = JSON.readTree(tool.get(container, token,
                "application/vnd.ims.lis.v2.lineitemcontainer+json").body());

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(listed.findValuesAsString("label")).contains("分数练习（工具）", "附加测验");
    }

    @Test
    void scoresAboveTheMaximumOrForSomeoneOutsideTheClassAreRefused() throws Exception {
        String lineItem = lineItemOf(launchAsStudent());
        String token = accessToken(ALL_SCOPES);

        assertThat(tool.post(lineItem + "/scores", token, SCORE, score(room.student().value(), 11, 10)).statusCode())
                .as("above scoreMaximum").isEqualTo(422);
        assertThat(tool.post(lineItem + "/scores", token, SCORE, score(room.otherStudent().value(), 5, 10))
                .statusCode()).as("a student of another class").isEqualTo(403);
        String otherClass = contextUrl(room.otherClassId()) + "/lineitems/" + lineItem.substring(
                lineItem.lastIndexOf('/') + 1);
        assertThat(tool.post(otherClass + "/scores", token, SCORE, score(room.otherStudent().value(), 5, 10))
                .statusCode()).as("a class the tool was never launched in").isEqualTo(404);
        assertThat(tool.post(lineItem + "/scores", "not-a-token", SCORE, score(room.student().value(), 5, 10))
                .statusCode()).as("no valid token").isEqualTo(401);
    }

    @Test
    void scoresTheGradebookCannotKeepAreRefusedAsProblems() throws Exception {
        String lineItem = lineItemOf(launchAsStudent());
        String token = accessToken(ALL_SCOPES);
        long student = room.student().value();

        assertThat(tool.post(lineItem + "/scores", token, SCORE, score(student, "100000000", "200000000"))
                .statusCode()).as("a hundred million points").isEqualTo(422);
        assertThat(tool.post(lineItem + "/scores", token, SCORE, score(student, "20000", "20000")).statusCode())
                .as("above any line item's maximum").isEqualTo(422);
        assertThat(tool.post(lineItem + "/scores", token, SCORE, score(student, null, "1000000000")).statusCode())
                .as("progress only, with a huge maximum").isEqualTo(422);
        assertThat(tool.post(lineItem + "/scores", token, SCORE, score(student, null, "-5")).statusCode())
                .as("progress only, with a negative maximum").isEqualTo(422);
        HttpResponse<String> notANumber = tool.post(lineItem + "/scores", token, SCORE,
                score(student, "\"NaN\"", "10"));
        assertThat(notANumber.statusCode()).as("NaN is no number: the body is unreadable").isEqualTo(400);
        assertThat(notANumber.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
    }

    @Test
    void namesAndRolesListTheLaunchedClassAndNoOther() throws Exception {
        launchAsStudent();
        String token = accessToken(ALL_SCOPES);
        String accept = "application/vnd.ims.lti-nrps.v2.membershipcontainer+json";

        HttpResponse<String> own = tool.get(contextUrl(room.classId()) + "/memberships", token, accept);
        HttpResponse<String> other = tool.get(contextUrl(room.otherClassId()) + "/memberships", token, accept);

        assertThat(own.statusCode()).isEqualTo(200);
        JsonNode members = JSON.readTree(own.body()).get("members");
        assertThat(members.findValuesAsString("user_id")).contains(String.valueOf(room.student().value()),
                String.valueOf(room.teacher().value())).doesNotContain(String.valueOf(room.otherStudent().value()));
        assertThat(own.body()).contains("用工具的学生", "membership#Learner", "membership#Instructor")
                .doesNotContain("别班学生");
        assertThat(other.statusCode()).as("another class of the same school").isEqualTo(404);
    }

    @Test
    void clientAssertionsThatAreReplayedForeignOrExpiredGetNoToken() throws Exception {
        String assertion = tool.clientAssertion(tool.key(), UUID.randomUUID().toString(), Instant.now().plusSeconds(120));
        assertThat(tool.token(assertion, ALL_SCOPES).statusCode()).as("first use").isEqualTo(200);
        assertThat(tool.token(assertion, ALL_SCOPES).statusCode()).as("the same jti again").isEqualTo(401);

        RSAKey foreign = new RSAKeyGenerator(2048).keyID(tool.key().getKeyID()).generate();
        assertThat(tool.token(tool.clientAssertion(foreign, UUID.randomUUID().toString(),
                Instant.now().plusSeconds(120)), ALL_SCOPES).statusCode()).as("signed by another key").isEqualTo(401);
        assertThat(tool.token(tool.clientAssertion(tool.key(), UUID.randomUUID().toString(),
                Instant.now().minusSeconds(600)), ALL_SCOPES).statusCode()).as("expired").isEqualTo(401);
    }

    @Test
    void anAssertionAcceptedWithinTheClockSkewCannotBeReplayedAfterItsExpiry() throws Exception {
        // expired a moment ago, within the clock skew the platform allows: accepted once
        String assertion = tool.clientAssertion(tool.key(), UUID.randomUUID().toString(),
                Instant.now().minusSeconds(5));

        assertThat(tool.token(assertion, ALL_SCOPES).statusCode()).as("first use").isEqualTo(200);
        assertThat(tool.token(assertion, ALL_SCOPES).statusCode()).as("replayed past its expiry").isEqualTo(401);
    }

    @Test
    void aClientAssertionWithAnOverlongJtiIsAnInvalidRequest() throws Exception {
        HttpResponse<String> answer = tool.token(tool.clientAssertion(tool.key(), "j".repeat(300),
                Instant.now().plusSeconds(120)), ALL_SCOPES);

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        assertThat(JSON.readTree(answer.body()).get("error").asString()).isEqualTo("invalid_request");
    }

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
    void lineItemContainersArePagedWithALinkToTheNextPageKeepingTheFilters() throws Exception {
        launchAsStudent();
        String token = accessToken(ALL_SCOPES);
        String container = contextUrl(room.classId()) + "/lineitems";
        for (String label : List.of("分页一", "分页二", "分页三")) {
            tool.post(container, token, Lti.LINE_ITEM_TYPE, "{\"label\":\"" + label
                    + "\",\"scoreMaximum\":10,\"tag\":\"paged\"}");
        }

        List<String> labels = new java.util.ArrayList<>();
        String next = container + "?tag=paged&limit=2";
        int pages = 0;
        while (next != null && pages < 10) {
            HttpResponse<String> page = tool.get(next, token, Lti.LINE_ITEMS_TYPE);
            assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
            assertThat(JSON.readTree(page.body()).size()).isLessThanOrEqualTo(2);
            labels.addAll(JSON.readTree(page.body()).findValuesAsString("label"));
            next = page.headers().firstValue("Link").map(LtiPlatformTest::nextOf).orElse(null);
            pages++;
        }

        assertThat(pages).isEqualTo(2);
        assertThat(labels).containsExactly("分页一", "分页二", "分页三");
        HttpResponse<String> refused = tool.get(container + "?limit=0", token, Lti.LINE_ITEMS_TYPE);
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
    }

    @Test
    void resultsArePagedWithALinkToTheNextPage() throws Exception {
        // a classroom of its own with two students, so the other tests' class keeps its one
        LtiClassroom.Made two = classrooms.make(fixture.a());
        UserId second = classrooms.addStudent(fixture.a(), two.classId(), "第二个学生");
        LtiLink set = placements.addAssignment(identity.scopeOf(two.teacher()), two.classId(), registered.id(),
                "结果分页作业", new java.math.BigDecimal("10"));
        LtiBrowser student = new LtiBrowser(platform).logIn(two.studentName(), TenantFixture.PASSWORD);
        int before = tool.launches.size();
        student.follow(student.get("/lti/links/" + set.id() + "/launch"));
        String lineItem = lineItemOf(tool.launches.get(before));
        String token = accessToken(ALL_SCOPES);
        tool.post(lineItem + "/scores", token, SCORE, score(two.student().value(), 7, 10));
        tool.post(lineItem + "/scores", token, SCORE, score(second.value(), 8, 10));

        HttpResponse<String> first = tool.get(lineItem + "/results?limit=1", token, Lti.RESULTS_TYPE);
        HttpResponse<String> rest = tool.get(nextOf(first.headers().firstValue("Link").orElseThrow()), token,
                Lti.RESULTS_TYPE);

        assertThat(JSON.readTree(first.body()).size()).isEqualTo(1);
        assertThat(JSON.readTree(rest.body()).size()).isEqualTo(1);
        assertThat(rest.headers().firstValue("Link")).as("the last page").isEmpty();
        assertThat(List.of(JSON.readTree(first.body()).get(0).get("userId").asString(),
                JSON.readTree(rest.body()).get(0).get("userId").asString()))
                .containsExactlyInAnyOrder(String.valueOf(two.student().value()), String.valueOf(second.value()));
    }

    @Test
    void aToolChangesAndDeletesItsOwnLineItemsButNeverTheColumnOfATeachersAssignment() throws Exception {
        String assignmentItem = lineItemOf(launchAsStudent());
        String token = accessToken(ALL_SCOPES);
        String own = JSON.readTree(tool.post(contextUrl(room.classId()) + "/lineitems", token, Lti.LINE_ITEM_TYPE,
                "{\"label\":\"工具自建测验\",\"scoreMaximum\":10}").body()).get("id").asString();
        tool.post(own + "/scores", token, SCORE, score(room.student().value(), 4, 10));

        HttpResponse<String> changed = tool.send("PUT", own, token, Lti.LINE_ITEM_TYPE,
                "{\"label\":\"工具自建测验（满分20）\",\"scoreMaximum\":20}");
        String gradebook = new LtiBrowser(platform).logIn(room.teacherName(), TenantFixture.PASSWORD)
                .get("/learning/classes/" + room.classId() + "/gradebook.csv").body();

        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        assertThat(JSON.readTree(changed.body()).get("scoreMaximum").asDouble()).isEqualTo(20.0);
        assertThat(gradebook).as("the kept score follows the new maximum").contains("工具自建测验（满分20） (20)")
                .contains("8.00");
        assertThat(tool.send("PUT", assignmentItem, token, Lti.LINE_ITEM_TYPE,
                "{\"label\":\"改名\",\"scoreMaximum\":5}").statusCode()).as("the teacher's column").isEqualTo(403);
        assertThat(tool.send("DELETE", assignmentItem, token, "", "").statusCode()).as("the teacher's column")
                .isEqualTo(403);
        String elsewhere = contextUrl(room.otherClassId()) + "/lineitems/" + own.substring(own.lastIndexOf('/') + 1);
        assertThat(tool.send("DELETE", elsewhere, token, "", "").statusCode()).as("a class never launched in")
                .isEqualTo(404);
        assertThat(tool.send("PUT", elsewhere, token, Lti.LINE_ITEM_TYPE, "{\"label\":\"x\",\"scoreMaximum\":5}")
                .statusCode()).as("a class never launched in").isEqualTo(404);
        assertThat(tool.send("DELETE", own, token, "", "").statusCode()).isEqualTo(204);
        assertThat(tool.get(own, token, Lti.LINE_ITEM_TYPE).statusCode()).isEqualTo(404);
        assertThat(new LtiBrowser(platform).logIn(room.teacherName(), TenantFixture.PASSWORD)
                .get("/learning/classes/" + room.classId() + "/gradebook.csv").body())
                .doesNotContain("工具自建测验").contains("分数练习（工具）");
    }

    @Test
    void namesAndRolesArePagedAndAcceptOnlyTheToolsResourceLinksOfTheClass() throws Exception {
        launchAsStudent();
        String token = accessToken(ALL_SCOPES);
        String memberships = contextUrl(room.classId()) + "/memberships";

        HttpResponse<String> first = tool.get(memberships + "?limit=1", token, Lti.MEMBERSHIP_TYPE);
        HttpResponse<String> second = tool.get(nextOf(first.headers().firstValue("Link").orElseThrow()), token,
                Lti.MEMBERSHIP_TYPE);
        HttpResponse<String> ofLink = tool.get(memberships + "?rlid=" + assignment.id(), token, Lti.MEMBERSHIP_TYPE);
        HttpResponse<String> foreignLink = tool.get(memberships + "?rlid=" + LtiFixture.get().linkOf(fixture.a()),
                token, Lti.MEMBERSHIP_TYPE);

        assertThat(JSON.readTree(first.body()).get("members").size()).isEqualTo(1);
        assertThat(JSON.readTree(second.body()).get("members").size()).isEqualTo(1);
        assertThat(second.headers().firstValue("Link")).as("the last page").isEmpty();
        assertThat(JSON.readTree(first.body()).get("members").findValuesAsString("user_id"))
                .doesNotContainAnyElementsOf(JSON.readTree(second.body()).get("members").findValuesAsString("user_id"));
        assertThat(ofLink.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(ofLink.body()).get("members").size()).isEqualTo(2);
        assertThat(foreignLink.statusCode()).as("another tool's link in another class").isEqualTo(404);
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
    void removingAToolTakesItsColumnsOutOfTheGradebook() throws Exception {
        Scope admin = identity.scopeOf(fixture.a().person(Role.SCHOOL_ADMIN));
        LtiTool leaving = tools.register(admin, fixture.a().school().id(), "将删除的工具",
                "https://93.184.216.34/leaving", false);
        placements.addAssignment(identity.scopeOf(room.teacher()), room.classId(), leaving.id(), "将删除的工具作业",
                BigDecimal.TEN);
        LtiBrowser teacher = new LtiBrowser(platform).logIn(room.teacherName(), TenantFixture.PASSWORD);
        String gradebook = "/learning/classes/" + room.classId() + "/gradebook.csv";
        assertThat(teacher.get(gradebook).body()).contains("将删除的工具作业");

        tools.remove(admin, leaving.id());

        assertThat(teacher.get(gradebook).body()).doesNotContain("将删除的工具作业");
    }

    @Test
    void aToolKeepsAtMost200LineItemsInAClass() throws Exception {
        LtiClassroom.Made full = classrooms.make(fixture.a());
        LtiLink link = placements.addAssignment(identity.scopeOf(full.teacher()), full.classId(), registered.id(),
                "满额的作业", BigDecimal.TEN);
        launch(full.teacherName(), link.id());
        String container = contextUrl(full.classId()) + "/lineitems";
        String token = accessToken(ALL_SCOPES);
        for (int n = 1; n < LineItems.MAX_PER_CLASS; n++) {
            assertThat(tool.post(container, token, LINE_ITEM, "{\"label\":\"成绩项 " + n + "\",\"scoreMaximum\":10}")
                    .statusCode()).as("line item %d of %d", n + 1, LineItems.MAX_PER_CLASS).isEqualTo(201);
        }

        HttpResponse<String> refused = tool.post(container, token, LINE_ITEM,
                "{\"label\":\"再多一项\",\"scoreMaximum\":10}");

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        assertThat(refused.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        assertThat(refused.body()).contains("200");
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

    private JWTClaimsSet launchAsStudent() throws Exception {
        return launch(room.studentName(), assignment.id());
    }

    private JWTClaimsSet launch(String username, long linkId) throws Exception {
        LtiBrowser student = new LtiBrowser(platform).logIn(username, TenantFixture.PASSWORD);
        int before = tool.launches.size();
        HttpResponse<String> end = student.follow(student.get("/lti/links/" + linkId + "/launch"));
        assertThat(tool.refusals).isEmpty();
        assertThat(end.body()).as("the tool accepted the launch").contains("launched");
        return tool.launches.get(before);
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

    private String accessToken(String scopes) throws Exception {
        HttpResponse<String> answer = tool.token(tool.clientAssertion(tool.key(), UUID.randomUUID().toString(),
                Instant.now().plusSeconds(120)), scopes);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return JSON.readTree(answer.body()).get("access_token").asString();
    }

    private static String lineItemOf(JWTClaimsSet launch) throws Exception {
        return String.valueOf(launch.getJSONObjectClaim("https://purl.imsglobal.org/spec/lti-ags/claim/endpoint")
                .get("lineitem"));
    }

    private String contextUrl(long classId) {
        return platform + "/lti/services/contexts/" + classId;
    }

    private static String score(long userId, int given, int max) {
        return score(userId, String.valueOf(given), String.valueOf(max));
    }

    /** A score with these JSON values (no scoreGiven when null: progress only). */
    private static String score(long userId, @Nullable String given, String max) {
        return "{\"userId\":\"" + userId + "\"," + (given == null ? "" : "\"scoreGiven\":" + given + ",")
                + "\"scoreMaximum\":" + max + ",\"timestamp\":\"" + Instant.now() + "\","
                + "\"activityProgress\":\"Completed\",\"gradingProgress\":\"FullyGraded\"}";
    }

    /** The URL of a Link header's rel="next". */
    private static String nextOf(String link) {
        java.util.regex.Matcher next = java.util.regex.Pattern.compile("<([^>]+)>;\\s*rel=\"next\"").matcher(link);
        return next.find() ? next.group(1) : null;
    }

    private static String lti(String claim) {
        return "https://purl.imsglobal.org/spec/lti/claim/" + claim;
    }
}
