package org.educloud.integration.lti;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.educloud.integration.lti.grades.LineItems;
import org.educloud.integration.lti.links.LtiLink;
import org.educloud.integration.lti.support.Lti;
import org.educloud.integration.lti.tools.LtiFixture;
import org.educloud.integration.lti.tools.LtiTool;
import org.educloud.shared.Role;
import org.educloud.shared.Scope;
import org.educloud.shared.UserId;
import org.educloud.support.EduCloudTest;
import org.educloud.support.TenantFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

/**
 * The LTI Advantage services a launched tool calls with its access token: line items and scores passed back into the
 * teacher's gradebook (assignment and grade services), the class's names and roles, each paged and each refused
 * outside the class it was launched in; and the client assertions that get the token.
 */
@EduCloudTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LtiServicesTest extends LtiPlatformScene {

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
            next = page.headers().firstValue("Link").map(LtiPlatformScene::nextOf).orElse(null);
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
    void namesAndRolesRefuseALinkOfTheSameToolInAnotherClassAndOfAnotherToolInThisClass() throws Exception {
        launchAsStudent();
        String token = accessToken(ALL_SCOPES);
        String memberships = contextUrl(room.classId()) + "/memberships";
        Scope teacher = identity.scopeOf(room.teacher());
        LtiLink sameToolOtherClass = placements.addAssignment(teacher, room.otherClassId(), registered.id(),
                "别班的工具作业", BigDecimal.TEN);
        LtiTool another = tools.register(identity.scopeOf(fixture.a().person(Role.SCHOOL_ADMIN)),
                fixture.a().school().id(), "另一个工具", "https://93.184.216.34/another", false);
        LtiLink otherToolThisClass = placements.addAssignment(teacher, room.classId(), another.id(),
                "另一个工具的作业", BigDecimal.TEN);

        assertThat(tool.get(memberships + "?rlid=" + sameToolOtherClass.id(), token, Lti.MEMBERSHIP_TYPE)
                .statusCode()).as("the tool's own link, in another class").isEqualTo(404);
        assertThat(tool.get(memberships + "?rlid=" + otherToolThisClass.id(), token, Lti.MEMBERSHIP_TYPE)
                .statusCode()).as("another tool's link, in this class").isEqualTo(404);
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
}
