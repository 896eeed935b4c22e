package org.educloud.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.servlet.http.Cookie;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.educloud.assessment.attempts.AttemptSheet;
import org.educloud.assessment.attempts.Attempts;
import org.educloud.assessment.attempts.FollowedAttempts;
import org.educloud.assessment.attempts.QuizResults;
import org.educloud.assessment.items.ItemBank;
import org.educloud.assessment.items.ItemDraft;
import org.educloud.assessment.quizzes.AnswersVisible;
import org.educloud.assessment.quizzes.QuizDraft;
import org.educloud.assessment.quizzes.QuizSetting;
import org.educloud.assessment.quizzes.Quizzes;
import org.educloud.identity.IdentityManagement;
import org.educloud.learning.GradeSource;
import org.educloud.library.Curriculum;
import org.educloud.library.Sharing;
import org.educloud.library.Subject;
import org.educloud.shared.NotFoundException;
import org.educloud.shared.Role;
import org.educloud.shared.Scope;
import org.educloud.support.EduCloudTest;
import org.educloud.support.TenantFixture;
import org.educloud.tenancy.Stage;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A quiz's score in the class gradebook (JSON API, page, XLSX, CSV), kept in step with grading and regrading; and a
 * parent reading their child's finished attempt with the answers the quiz's rule lets the child see. The gradebook is
 * learning's: it is read over HTTP, as any other module's client would.
 */
@EduCloudTest
class QuizGradebookTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;
    @Autowired
    TenantFixture fixture;
    @Autowired
    IdentityManagement identity;
    @Autowired
    Curriculum curriculum;
    @Autowired
    ItemBank bank;
    @Autowired
    Quizzes quizzes;
    @Autowired
    Attempts attempts;
    @Autowired
    QuizResults results;
    @Autowired
    FollowedAttempts followed;
    @Autowired
    JdbcClient jdbc;

    private Scope a(Role role) {
        return identity.scopeOf(fixture.a().person(role));
    }

    private long item(String title, ItemContent content) {
        long kp = curriculum.knowledgePoints(a(Role.TEACHER), Subject.MATHEMATICS, Stage.PRIMARY).getFirst().id();
        return bank.create(a(Role.TEACHER), new ItemDraft(Stage.PRIMARY, Subject.MATHEMATICS, 3, 2, title,
                Sharing.PRIVATE, List.of(kp), content));
    }

    /** A quiz of a choice item and a short answer, 5 points each, set to side a's class for an hour. */
    private long quiz(String title, AnswersVisible visible) {
        long choice = item(title, new ItemContent(ItemType.SINGLE_CHOICE, title + "：1/2 和 2/4 相等吗？",
                List.of(new ItemContent.Choice("A", "相等"), new ItemContent.Choice("B", "不相等")), List.of(),
                List.of("A"), Map.of(), List.of(), "约分后都是二分之一。", "", ""));
        long written = item(title, new ItemContent(ItemType.SHORT_ANSWER, title + "：1/3 和 1/4 哪个大？", List.of(),
                List.of(), List.of(), Map.of(), List.of(), "", "1/3 大", "结论 2 分，理由 3 分"));
        long quiz = quizzes.create(a(Role.TEACHER), new QuizDraft(title, "", null, 1, false, false, visible,
                List.of(new QuizDraft.Pick(choice, new BigDecimal("5")), new QuizDraft.Pick(written,
                        new BigDecimal("5"))), List.of()));
        Instant now = Instant.now();
        quizzes.setToClasses(a(Role.TEACHER), quiz, new QuizSetting(List.of(fixture.a().classId()),
                now.minus(Duration.ofMinutes(5)), now.plus(Duration.ofHours(1))));
        return quiz;
    }

    /** The student answers the choice right, writes an answer, and submits. */
    private AttemptSheet taken(long quiz) {
        Scope student = a(Role.STUDENT);
        AttemptSheet sheet = attempts.start(student, quiz);
        for (AttemptSheet.SheetItem it : sheet.items()) {
            Response answer = it.type() == ItemType.SINGLE_CHOICE
                    ? new Response(List.of("A"), List.of(), List.of(), Map.of(), "")
                    : new Response(List.of(), List.of(), List.of(), Map.of(), "三分之一大，因为分子一样分母小");
            attempts.save(student, sheet.attemptId(), it.position(), 1, answer);
        }
        return attempts.submit(student, sheet.attemptId());
    }

    private int writtenPosition(AttemptSheet sheet) {
        return sheet.items().stream().filter(i -> i.type() == ItemType.SHORT_ANSWER).findFirst().orElseThrow()
                .position();
    }

    /** One student's score in a gradebook column, as the gradebook's JSON API gives it. */
    private record Cell(@Nullable BigDecimal score, boolean released) {
    }

    /** The class's gradebook as its teacher reads it from learning's JSON API. */
    private JsonNode book() throws Exception {
        String json = mvc.perform(get("/api/v1/learning/classes/" + fixture.a().classId() + "/gradebook")
                        .with(authentication(fixture.asTokenHolder(fixture.a().person(Role.TEACHER)))))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return JSON.readTree(json);
    }

    private JsonNode studentLine(JsonNode book) {
        for (JsonNode line : book.get("lines")) {
            if (line.get("studentId").asLong() == fixture.a().studentId()) {
                return line;
            }
        }
        throw new AssertionError("the student has a line in the gradebook");
    }

    private Cell cellOf(String title) throws Exception {
        JsonNode book = book();
        List<String> titles = new java.util.ArrayList<>();
        book.get("columns").forEach(c -> titles.add(c.get("title").asString()));
        int column = titles.indexOf(title);
        assertThat(column).as("the quiz has a column in the gradebook").isNotNegative();
        assertThat(book.get("columns").get(column).get("source").asString()).isEqualTo(GradeSource.QUIZ.name());
        assertThat(new BigDecimal(book.get("columns").get(column).get("maxScore").asString()))
                .isEqualByComparingTo("10");
        JsonNode cell = studentLine(book).get("columnCells").get(column);
        JsonNode score = cell.get("score");
        return new Cell(score == null || score.isNull() ? null : new BigDecimal(score.asString()),
                cell.get("released").asBoolean());
    }

    @Test
    void aQuizTakenByAStudentShowsInTheGradebookAndItsExportsAndARegradeChangesIt() throws Exception {
        long quiz = quiz("分数测验（成绩册）", AnswersVisible.AFTER_SUBMIT);
        assertThat(cellOf("分数测验（成绩册）").score()).as("set, not yet taken").isNull();

        // as for a quiz set before the gradebook knew quizzes: the first score brings the column back
        jdbc.sql("DELETE FROM learning.line_item WHERE source = 'QUIZ' AND source_id = ?").param(String.valueOf(quiz))
                .update();

        AttemptSheet sheet = taken(quiz);
        Cell submitted = cellOf("分数测验（成绩册）");
        assertThat(submitted.score()).as("the choice is scored at submission").isEqualByComparingTo("5");
        assertThat(submitted.released()).as("the written answer still waits for the teacher").isFalse();

        results.grade(a(Role.TEACHER), quiz, sheet.attemptId(), writtenPosition(sheet), new BigDecimal("3"), "理由不全");
        assertThat(cellOf("分数测验（成绩册）").score()).isEqualByComparingTo("8");
        assertThat(cellOf("分数测验（成绩册）").released()).isTrue();
        results.grade(a(Role.TEACHER), quiz, sheet.attemptId(), writtenPosition(sheet), new BigDecimal("4.5"), "重新批阅");
        assertThat(cellOf("分数测验（成绩册）").score()).as("a regrade changes the gradebook").isEqualByComparingTo("9.5");

        var teacher = authentication(fixture.as(fixture.a().person(Role.TEACHER)));
        String page = mvc.perform(get("/learning/classes/" + fixture.a().classId() + "/gradebook").with(teacher)
                        .cookie(new Cookie("educloud-lang", "zh_CN")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("分数测验（成绩册）", "9.50", "/assessment/quizzes/" + quiz + "/results");

        byte[] xlsx = mvc.perform(get("/learning/classes/" + fixture.a().classId() + "/gradebook.xlsx").with(teacher))
                .andReturn().getResponse().getContentAsByteArray();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = workbook.getFirstSheet().read();
            int column = -1;
            for (int c = 0; c < rows.getFirst().getCellCount(); c++) {
                if (rows.getFirst().getCellText(c).startsWith("分数测验（成绩册）")) {
                    column = c;
                }
            }
            assertThat(column).as("the quiz's column in the workbook").isPositive();
            String studentName = studentLine(book()).get("studentName").asString();
            int quizColumn = column;
            assertThat(rows).filteredOn(r -> studentName.equals(r.getCellText(0))).singleElement()
                    .satisfies(r -> assertThat(new BigDecimal(r.getCellRawValue(quizColumn).orElseThrow()))
                            .isEqualByComparingTo("9.5"));
        }
        String csv = mvc.perform(get("/learning/classes/" + fixture.a().classId() + "/gradebook.csv").with(teacher))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains("分数测验（成绩册） (10)").contains("9.50");
    }

    @Test
    void anotherSchoolsTeacherSeesNothingOfTheClassesGradebook() throws Exception {
        quiz("分数测验（别校）", AnswersVisible.NEVER);
        MockHttpServletResponse api = mvc.perform(get("/api/v1/learning/classes/" + fixture.a().classId()
                        + "/gradebook").with(authentication(fixture.asTokenHolder(fixture.b().person(Role.TEACHER)))))
                .andReturn().getResponse();
        assertThat(api.getStatus()).as("the gradebook's JSON API").isIn(403, 404);
        assertThat(api.getContentAsString(StandardCharsets.UTF_8)).doesNotContain("分数测验（别校）");
        for (String export : List.of("gradebook", "gradebook.xlsx", "gradebook.csv")) {
            MockHttpServletResponse response = mvc.perform(get("/learning/classes/" + fixture.a().classId() + "/"
                            + export).with(authentication(fixture.as(fixture.b().person(Role.TEACHER)))))
                    .andReturn().getResponse();
            assertThat(response.getStatus()).as(export).isIn(403, 404);
            assertThat(response.getContentAsString(StandardCharsets.UTF_8)).doesNotContain("分数测验（别校）");
        }
    }

    @Test
    void aParentReadsTheirChildsFinishedAttemptWithAnswersOnlyOnceTheQuizShowsThemToTheChild() throws Exception {
        long quiz = quiz("分数测验（家长）", AnswersVisible.AFTER_CLOSE);
        AttemptSheet sheet = taken(quiz);

        FollowedAttempts.Review review = followed.review(a(Role.PARENT), sheet.attemptId());
        assertThat(review.sheet().answersShown()).as("the quiz is still open for the class").isFalse();
        assertThat(review.sheet().items()).allSatisfy(i -> assertThat(i.key()).isNull())
                .anySatisfy(i -> assertThat(i.saved().text()).contains("分母小"));
        var parent = authentication(fixture.as(fixture.a().person(Role.PARENT)));
        String before = mvc.perform(get("/assessment/children/attempts/" + sheet.attemptId()).with(parent)
                        .cookie(new Cookie("educloud-lang", "zh_CN")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(before).contains("分母小").doesNotContain("约分后都是二分之一。");
        String list = mvc.perform(get("/assessment/my").with(parent)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(list).as("linked from where the parent sees quiz results")
                .contains("/assessment/children/attempts/" + sheet.attemptId());

        MockHttpServletResponse stranger = mvc.perform(get("/assessment/children/attempts/" + sheet.attemptId())
                .with(authentication(fixture.as(fixture.b().person(Role.PARENT))))).andReturn().getResponse();
        assertThat(stranger.getStatus()).as("another parent").isEqualTo(404);
        assertThatThrownBy(() -> followed.review(identity.scopeOf(fixture.b().person(Role.PARENT)),
                sheet.attemptId())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> followed.review(a(Role.PARENT), fixture.a().assessed().attemptId()))
                .as("an attempt still in progress").isInstanceOf(NotFoundException.class);

        jdbc.sql("UPDATE assessment.quiz_class SET opens_at = now() - interval '2 hours', "
                + "closes_at = now() - interval '1 minute' WHERE quiz_id = ?").param(quiz).update();
        String after = mvc.perform(get("/assessment/children/attempts/" + sheet.attemptId()).with(parent)
                        .cookie(new Cookie("educloud-lang", "zh_CN")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(after).as("closed: the child sees the answers, so may the parent").contains("约分后都是二分之一。");
    }
}
