package org.educloud.integration.lti;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWTClaimsSet;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.educloud.identity.IdentityManagement;
import org.educloud.integration.lti.links.LtiLink;
import org.educloud.integration.lti.links.Placements;
import org.educloud.integration.lti.tools.LtiFixture;
import org.educloud.integration.lti.tools.LtiTool;
import org.educloud.shared.Role;
import org.educloud.support.EduCloudTest;
import org.educloud.support.TenantFixture;
import org.educloud.tenancy.TenancyManagement;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * EduCloud as an LTI 1.3 Advantage platform, driven over real HTTP by a tool running beside it ({@link LtiTestTool},
 * written from the IMS specifications): what the tests of launches ({@link LtiLaunchTest}), deep linking
 * ({@link LtiDeepLinkingTest}) and the grade and roster services ({@link LtiServicesTest}) share — a class of fixture
 * side a with the tool registered on its school and added as an assignment by its teacher, and the launches, access
 * tokens and scores the tool sends.
 */
@EduCloudTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class LtiPlatformScene {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String ALL_SCOPES = "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem "
            + "https://purl.imsglobal.org/spec/lti-ags/scope/result.readonly "
            + "https://purl.imsglobal.org/spec/lti-ags/scope/score "
            + "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly";
    static final String SCORE = "application/vnd.ims.lis.v1.score+json";
    static final String LINE_ITEM = "application/vnd.ims.lis.v2.lineitem+json";

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

    JWTClaimsSet launchAsStudent() throws Exception {
        return launch(room.studentName(), assignment.id());
    }

    JWTClaimsSet launch(String username, long linkId) throws Exception {
        LtiBrowser student = new LtiBrowser(platform).logIn(username, TenantFixture.PASSWORD);
        int before = tool.launches.size();
        HttpResponse<String> end = student.follow(student.get("/lti/links/" + linkId + "/launch"));
        assertThat(tool.refusals).isEmpty();
        assertThat(end.body()).as("the tool accepted the launch").contains("launched");
        return tool.launches.get(before);
    }

    String accessToken(String scopes) throws Exception {
        HttpResponse<String> answer = tool.token(tool.clientAssertion(tool.key(), UUID.randomUUID().toString(),
                Instant.now().plusSeconds(120)), scopes);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return JSON.readTree(answer.body()).get("access_token").asString();
    }

    static String lineItemOf(JWTClaimsSet launch) throws Exception {
        return String.valueOf(launch.getJSONObjectClaim("https://purl.imsglobal.org/spec/lti-ags/claim/endpoint")
                .get("lineitem"));
    }

    String contextUrl(long classId) {
        return platform + "/lti/services/contexts/" + classId;
    }

    static String score(long userId, int given, int max) {
        return score(userId, String.valueOf(given), String.valueOf(max));
    }

    /** A score with these JSON values (no scoreGiven when null: progress only). */
    static String score(long userId, @Nullable String given, String max) {
        return "{\"userId\":\"" + userId + "\"," + (given == null ? "" : "\"scoreGiven\":" + given + ",")
                + "\"scoreMaximum\":" + max + ",\"timestamp\":\"" + Instant.now() + "\","
                + "\"activityProgress\":\"Completed\",\"gradingProgress\":\"FullyGraded\"}";
    }

    /** The URL of a Link header's rel="next". */
    static String nextOf(String link) {
        java.util.regex.Matcher next = java.util.regex.Pattern.compile("<([^>]+)>;\\s*rel=\"next\"").matcher(link);
        return next.find() ? next.group(1) : null;
    }

    static String lti(String claim) {
        return "https://purl.imsglobal.org/spec/lti/claim/" + claim;
    }
}
