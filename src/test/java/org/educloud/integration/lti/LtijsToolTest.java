package org.educloud.integration.lti;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.educloud.identity.IdentityManagement;
import org.educloud.integration.lti.links.LtiLink;
import org.educloud.integration.lti.links.Placements;
import org.educloud.integration.lti.support.Lti;
import org.educloud.integration.lti.tools.LtiFixture;
import org.educloud.integration.lti.tools.LtiTool;
import org.educloud.shared.Role;
import org.educloud.support.EduCloudTest;
import org.educloud.support.TenantFixture;
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
 * EduCloud against a third-party LTI 1.3 tool: ltijs, the open-source, IMS-certified LTI Advantage tool library from
 * npm, run by Node.js beside the platform ({@link LtijsTool}). Everything the tool does on the wire — the login
 * initiation, checking EduCloud's id_token, the deep-linking response, the client-credentials token, scores, line
 * items, results and the class list with their pages — is ltijs's own code, not the tests'. A student launches it,
 * passes a grade back that the teacher's gradebook shows, a teacher picks content in it that becomes lesson items, and
 * the tool reads the class and manages its own line items, but not the teacher's assignment.
 */
@EduCloudTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LtijsToolTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern SEEN = Pattern.compile(
            "<script type=\"application/json\" id=\"seen\">(.*?)</script>", Pattern.DOTALL);

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
    JdbcClient jdbc;

    String platform;
    LtijsTool tool;
    LtiClassroom.Made room;
    LtiTool registered;
    LtiLink assignment;

    @BeforeAll
    void ltijsBesideThePlatform() throws Exception {
        platform = "http://127.0.0.1:" + port;
        tool = LtijsTool.start(jdbc);
        TenantFixture.Side a = fixture.a();
        room = classrooms.make(a);
        registered = tools.register(identity.scopeOf(a.person(Role.SCHOOL_ADMIN)), a.school().id(), "ltijs 分数工具",
                tool.base(), "/login", "/launch", "/keys");
        tool.registerPlatform(platform, registered.clientId());
        LtiBrowser teacher = teacher();
        String classPage = "/lti/classes/" + room.classId();
        HttpResponse<String> added = teacher.submit(classPage, classPage + "/assignments", Map.of(
                "toolId", String.valueOf(registered.id()), "title", "分数闯关（ltijs）", "maxScore", "50"));
        assertThat(added.statusCode()).as("the teacher adds the ltijs tool as an assignment").isEqualTo(302);
        assignment = placements.ofClass(identity.scopeOf(room.teacher()), room.classId()).stream()
                .filter(l -> l.kind() == LtiLink.Kind.ASSIGNMENT && l.toolId() == registered.id())
                .findFirst().orElseThrow();
    }

    @AfterAll
    void stopTool() throws Exception {
        if (tool != null) {
            tool.close();
        }
    }

    @Test
    void aStudentLaunchesTheLtijsToolAsALearnerOfTheClass() throws Exception {
        JsonNode seen = launch(student(), assignment.id());

        assertThat(seen.get("user").asString()).isEqualTo(String.valueOf(room.student().value()));
        assertThat(seen.get("name").asString()).isEqualTo("用工具的学生");
        assertThat(seen.get("roles").get(0).asString()).isEqualTo(Lti.LEARNER);
        assertThat(seen.get("context").get("id").asString()).isEqualTo(String.valueOf(room.classId()));
        assertThat(seen.get("resource").get("id").asString()).isEqualTo(String.valueOf(assignment.id()));
        assertThat(seen.get("lineitem").asString()).startsWith(contextUrl(room.classId()) + "/lineitems/");
    }

    @Test
    void aGradeTheLtijsToolPassesBackIsShownInTheTeachersGradebook() throws Exception {
        LtiBrowser student = student();
        JsonNode seen = launch(student, assignment.id());

        JsonNode sent = call(student, "POST", "/grade", seen, Map.of("score", "9", "maximum", "10",
                "comment", "全对九题"));

        assertThat(sent.has("sent")).as(sent + "\n" + tool.log()).isTrue();
        String gradebook = teacher().get("/learning/classes/" + room.classId() + "/gradebook.csv").body();
        assertThat(gradebook).contains("分数闯关（ltijs）").contains("45");
        LtiBrowser teacher = teacher();
        JsonNode results = call(teacher, "GET", "/results?lineitem=" + encode(seen.get("lineitem").asString()),
                launch(teacher, assignment.id()), Map.of());
        assertThat(results.get("scores").findValuesAsString("userId"))
                .contains(String.valueOf(room.student().value()));
        assertThat(results.get("scores").findValues("resultScore").stream().map(JsonNode::asDouble)).contains(9.0);
    }

    @Test
    void theLtijsToolCannotPassBackAScoreAboveTheMaximumOrForAStudentOfAnotherClass() throws Exception {
        LtiBrowser student = student();
        JsonNode seen = launch(student, assignment.id());

        JsonNode above = call(student, "POST", "/grade", seen, Map.of("score", "11", "maximum", "10"));
        JsonNode stranger = call(student, "POST", "/grade", seen, Map.of("score", "5", "maximum", "10",
                "userId", String.valueOf(room.otherStudent().value())));

        assertThat(above.path("platformStatus").asInt()).as(above.toString()).isEqualTo(422);
        assertThat(stranger.path("platformStatus").asInt()).as(stranger.toString()).isEqualTo(403);
    }

    @Test
    void aTeacherPicksContentInTheLtijsToolAndItBecomesLessonItemsOfTheClass() throws Exception {
        LtiBrowser teacher = teacher();

        HttpResponse<String> activity = pick(teacher, "fraction-wall");
        HttpResponse<String> video = pick(teacher, "reading-video");

        assertThat(activity.uri().getPath()).as(activity.body() + "\n" + tool.log())
                .isEqualTo("/lti/classes/" + room.classId());
        assertThat(activity.body()).contains("分数墙互动练习");
        assertThat(video.body()).contains("分数的读法（讲解视频）").contains("https://video.example.org/fractions/reading");
        List<LtiLink> placed = placements.ofClass(identity.scopeOf(room.teacher()), room.classId());
        LtiLink wall = placed.stream().filter(l -> l.title().equals("分数墙互动练习")).findFirst().orElseThrow();
        LtiLink link = placed.stream().filter(l -> l.title().equals("分数的读法（讲解视频）")).findFirst().orElseThrow();
        assertThat(wall.lessonId()).isEqualTo(room.lessonId());
        assertThat(wall.targetLinkUri()).isEqualTo(tool.base() + "/launch?activity=fraction-wall");
        assertThat(link.kind()).isEqualTo(LtiLink.Kind.WEB);
        assertThat(link.lessonId()).isEqualTo(room.lessonId());

        LtiBrowser student = student();
        JsonNode seen = launch(student, wall.id());
        assertThat(seen.get("activity").asString()).as("the picked item's own address").isEqualTo("fraction-wall");
        assertThat(seen.get("resource").get("id").asString()).isEqualTo(String.valueOf(wall.id()));
        JsonNode sent = call(student, "POST", "/grade", seen, Map.of("score", "16", "maximum", "20"));
        assertThat(sent.has("sent")).as(sent.toString()).isTrue();
        String gradebook = teacher.get("/learning/classes/" + room.classId() + "/gradebook.csv").body();
        assertThat(gradebook).as("the picked item's line item is a gradebook column").contains("分数墙得分 (20)")
                .contains("16.00");
    }

    @Test
    void theLtijsToolReadsTheClassListPageByPageAndNoOtherClass() throws Exception {
        LtiBrowser teacher = teacher();
        JsonNode seen = launch(teacher, assignment.id());

        JsonNode paged = call(teacher, "GET", "/members?limit=1", seen, Map.of());
        JsonNode ofTheLink = call(teacher, "GET", "/members?rlid=true", seen, Map.of());

        assertThat(paged.path("pages").asInt()).as(paged.toString()).isGreaterThanOrEqualTo(2);
        List<String> members = paged.get("members").findValuesAsString("user_id");
        assertThat(members).contains(String.valueOf(room.student().value()), String.valueOf(room.teacher().value()))
                .doesNotContain(String.valueOf(room.otherStudent().value())).doesNotHaveDuplicates();
        assertThat(ofTheLink.get("members").findValuesAsString("user_id")).as(ofTheLink.toString())
                .containsExactlyInAnyOrderElementsOf(members);
    }

    @Test
    void theLtijsToolManagesItsOwnLineItemsButNotTheColumnOfTheTeachersAssignment() throws Exception {
        LtiBrowser teacher = teacher();
        JsonNode seen = launch(teacher, assignment.id());
        String quiz1 = call(teacher, "POST", "/lineitems", seen, Map.of("label", "课堂小测一", "scoreMaximum", "10",
                "tag", "quiz")).get("id").asString();
        String quiz2 = call(teacher, "POST", "/lineitems", seen, Map.of("label", "课堂小测二", "scoreMaximum", "10"))
                .get("id").asString();
        call(teacher, "POST", "/lineitems", seen, Map.of("label", "课堂小测三", "scoreMaximum", "10"));

        JsonNode listed = call(teacher, "GET", "/lineitems?limit=2", seen, Map.of());
        JsonNode changed = call(teacher, "PUT", "/lineitems", seen, Map.of("id", quiz1, "label", "课堂小测一（订正）",
                "scoreMaximum", "20"));
        JsonNode deleted = call(teacher, "DELETE", "/lineitems?id=" + encode(quiz2), seen, Map.of());
        JsonNode after = call(teacher, "GET", "/lineitems", seen, Map.of());
        JsonNode assignmentDeleted = call(teacher, "DELETE", "/lineitems?id=" + encode(seen.get("lineitem").asString()),
                seen, Map.of());
        JsonNode assignmentChanged = call(teacher, "PUT", "/lineitems", seen, Map.of("id",
                seen.get("lineitem").asString(), "label", "改掉老师的作业", "scoreMaximum", "5"));

        assertThat(listed.path("pages").asInt()).as("followed Link rel=next").isGreaterThanOrEqualTo(2);
        assertThat(listed.get("lineItems").findValuesAsString("label"))
                .contains("分数闯关（ltijs）", "课堂小测一", "课堂小测二", "课堂小测三").doesNotHaveDuplicates();
        assertThat(changed.get("label").asString()).as(changed.toString()).isEqualTo("课堂小测一（订正）");
        assertThat(changed.get("scoreMaximum").asDouble()).isEqualTo(20.0);
        assertThat(deleted.path("deleted").asBoolean()).as(deleted.toString()).isTrue();
        assertThat(after.get("lineItems").findValuesAsString("label")).contains("课堂小测一（订正）")
                .doesNotContain("课堂小测二");
        assertThat(assignmentDeleted.path("platformStatus").asInt()).as(assignmentDeleted.toString()).isEqualTo(403);
        assertThat(assignmentChanged.path("platformStatus").asInt()).as(assignmentChanged.toString()).isEqualTo(403);
        String gradebook = teacher.get("/learning/classes/" + room.classId() + "/gradebook.csv").body();
        assertThat(gradebook).contains("课堂小测一（订正）", "分数闯关（ltijs）").doesNotContain("课堂小测二");
    }

    /** The teacher picks an item in the tool's picker, opened from the lesson; answers where the browser ends. */
    private HttpResponse<String> pick(LtiBrowser teacher, String item) throws Exception {
        String lesson = "/lti/courses/" + room.courseId() + "/lessons/" + room.lessonId();
        HttpResponse<String> picker = teacher.follow(teacher.submit(lesson + "/tools", lesson + "/deep-link",
                Map.of("classId", String.valueOf(room.classId()), "toolId", String.valueOf(registered.id()))));
        assertThat(picker.body()).as("the tool's picker\n" + tool.log()).contains("id=\"picker\"");
        Matcher choice = Pattern.compile("id=\"pick-" + item + "\" href=\"([^\"]+)\"").matcher(picker.body());
        assertThat(choice.find()).isTrue();
        return teacher.follow(teacher.get(picker.uri().resolve(choice.group(1).replace("&amp;", "&")).toString()));
    }

    /** Opens a placed tool from EduCloud; answers what ltijs saw in the launch. */
    private JsonNode launch(LtiBrowser person, long linkId) throws Exception {
        HttpResponse<String> end = person.follow(person.get("/lti/links/" + linkId + "/launch"));
        Matcher seen = SEEN.matcher(end.body());
        assertThat(seen.find()).as("ltijs accepted the launch: " + end.statusCode() + " " + end.body() + "\n"
                + tool.log()).isTrue();
        return JSON.readTree(seen.group(1));
    }

    /** A request of the person's browser to the tool, in the session ltijs gave the launch. */
    private JsonNode call(LtiBrowser person, String method, String path, JsonNode seen, Map<String, String> form)
            throws Exception {
        Map<String, String> body = new LinkedHashMap<>(form);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(tool.base() + path))
                .header("Authorization", "Bearer " + seen.get("ltik").asString());
        if (method.equals("GET") || method.equals("DELETE")) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/x-www-form-urlencoded")
                    .method(method, HttpRequest.BodyPublishers.ofString(LtiTestTool.encode(body)));
        }
        HttpResponse<String> answer = person.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.headers().firstValue("Content-Type").orElse("")).as(answer.statusCode() + " "
                + answer.body() + "\n" + tool.log()).contains("json");
        return JSON.readTree(answer.body());
    }

    private LtiBrowser student() throws Exception {
        return new LtiBrowser(platform).logIn(room.studentName(), TenantFixture.PASSWORD);
    }

    private LtiBrowser teacher() throws Exception {
        return new LtiBrowser(platform).logIn(room.teacherName(), TenantFixture.PASSWORD);
    }

    private String contextUrl(long classId) {
        return platform + "/lti/services/contexts/" + classId;
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }
}
