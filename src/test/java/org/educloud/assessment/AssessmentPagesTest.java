package org.educloud.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import jakarta.servlet.http.Cookie;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.educloud.assessment.attempts.AttemptSheet;
import org.educloud.assessment.attempts.Attempts;
import org.educloud.assessment.items.ItemBank;
import org.educloud.assessment.ItemContent;
import org.educloud.assessment.items.ItemDraft;
import org.educloud.assessment.ItemType;
import org.educloud.assessment.quizzes.AnswersVisible;
import org.educloud.assessment.quizzes.QuizDraft;
import org.educloud.assessment.quizzes.QuizSetting;
import org.educloud.assessment.quizzes.Quizzes;
import org.educloud.identity.IdentityManagement;
import org.educloud.library.Curriculum;
import org.educloud.library.Sharing;
import org.educloud.library.Subject;
import org.educloud.shared.Role;
import org.educloud.shared.Scope;
import org.educloud.support.EduCloudTest;
import org.educloud.support.TenantFixture;
import org.educloud.tenancy.Stage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The assessment pages: writing an item through the form, taking a quiz without seeing its key, the autosave. */
@EduCloudTest
class AssessmentPagesTest {

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

    @Test
    void aTeacherWritesAnItemThroughTheFormAndIsToldBesideTheOptionsWhatIsMissing() throws Exception {
        String kp = String.valueOf(fractions());
        MockHttpServletResponse refused = send(as(Role.TEACHER, post("/assessment/items")).with(csrf())
                .param("type", "SINGLE_CHOICE").param("stem", "\\(\\frac{3}{4}\\) 和 0.75 哪个大？")
                .param("choices[0]", "\\(\\frac{3}{4}\\) 大").param("choices[1]", "0.75 大").param("choices[2]", "一样大")
                .param("stage", "PRIMARY").param("subject", "MATHEMATICS").param("difficulty", "2")
                .param("sharing", "PRIVATE").param("knowledgePoints", kp));
        assertThat(refused.getStatus()).isEqualTo(200);
        assertThat(refused.getContentAsString(StandardCharsets.UTF_8))
                .contains("这道题要有且只有一个正确答案。").contains("class=\"field-error\"")
                .contains("value=\"0.75 大\"");

        MockHttpServletResponse saved = send(as(Role.TEACHER, post("/assessment/items")).with(csrf())
                .param("type", "SINGLE_CHOICE").param("stem", "\\(\\frac{3}{4}\\) 和 0.75 哪个大？")
                .param("choices[0]", "\\(\\frac{3}{4}\\) 大").param("choices[1]", "0.75 大").param("choices[2]", "一样大")
                .param("correct", "C").param("explanation", "\\(\\frac{3}{4} = 0.75\\)")
                .param("stage", "PRIMARY").param("subject", "MATHEMATICS").param("difficulty", "2")
                .param("sharing", "PRIVATE").param("knowledgePoints", kp));
        assertThat(saved.getStatus()).isEqualTo(302);
        long id = Long.parseLong(saved.getRedirectedUrl().replaceAll("\\D+", ""));
        var item = bank.find(scope(Role.TEACHER), id);
        assertThat(item.content().key()).containsExactly("C");
        assertThat(item.content().choices()).hasSize(3);

        String page = send(as(Role.TEACHER, get("/assessment/items/" + id))).getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("katex.min.js").contains("\\frac{3}{4}").contains("一样大");
        String edit = send(as(Role.TEACHER, get("/assessment/items/" + id + "/edit")))
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(edit).contains("value=\"一样大\"").contains("value=\"C\" checked");
    }

    @Test
    void aStudentTakingAQuizSeesNoKeyAndTheAutosaveStoresEachAnswer() throws Exception {
        AttemptSheet sheet = quizStarted();
        int position = sheet.items().getFirst().position();
        String page = send(as(Role.STUDENT, get("/assessment/attempts/" + sheet.attemptId())))
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("assessment-attempt.js").contains("半个苹果")
                .doesNotContain("解析：二分之一").doesNotContain("badge ok");

        MockHttpServletResponse stored = send(as(Role.STUDENT, put("/assessment/attempts/" + sheet.attemptId()
                + "/answers/" + position)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"revision\":" + System.currentTimeMillis() + ",\"response\":{\"chosen\":[\"A\"]}}"));
        assertThat(stored.getStatus()).isEqualTo(200);
        assertThat(stored.getContentAsString()).contains("\"stored\":true");
        MockHttpServletResponse older = send(as(Role.STUDENT, put("/assessment/attempts/" + sheet.attemptId()
                + "/answers/" + position)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"revision\":5,\"response\":{\"chosen\":[\"B\"]}}"));
        assertThat(older.getContentAsString()).contains("\"stored\":false");
        assertThat(attempts.sheet(scope(Role.STUDENT), sheet.attemptId()).items().getFirst().saved().chosen())
                .containsExactly("A");

        MockHttpServletResponse withoutToken = send(as(Role.STUDENT, put("/assessment/attempts/"
                + sheet.attemptId() + "/answers/" + position)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"revision\":9999999999999,\"response\":{\"chosen\":[\"B\"]}}"));
        assertThat(withoutToken.getStatus()).as("a save without the page's CSRF token").isEqualTo(403);

        MockHttpServletResponse submitted = send(as(Role.STUDENT, post("/assessment/attempts/" + sheet.attemptId()
                + "/submit")).with(csrf()));
        assertThat(submitted.getStatus()).isEqualTo(302);
        String result = send(as(Role.STUDENT, get("/assessment/attempts/" + sheet.attemptId())))
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(result).contains("解析：二分之一").doesNotContain("assessment-attempt.js");
    }

    @Test
    void theTeacherGradesAWrittenAnswerFromTheAttemptPage() throws Exception {
        Scope teacher = scope(Role.TEACHER);
        long essay = bank.create(teacher, new ItemDraft(Stage.PRIMARY, Subject.MATHEMATICS, 3, 3, "页面测试",
                Sharing.PRIVATE, List.of(fractions()), new ItemContent(ItemType.SHORT_ANSWER,
                "用一句话说说什么是四分之三。", List.of(), List.of(), List.of(), Map.of(), List.of(), "", "平均分成 4 份取 3 份",
                "说清“平均分”得满分")));
        long quiz = quizzes.create(teacher, new QuizDraft("简答小测", "", null, 1, false, false,
                AnswersVisible.AFTER_SUBMIT, List.of(new QuizDraft.Pick(essay, new BigDecimal("4"))), List.of()));
        Instant now = Instant.now();
        quizzes.setToClasses(teacher, quiz, new QuizSetting(List.of(fixture.a().classId()),
                now.minus(Duration.ofMinutes(5)), now.plus(Duration.ofDays(1))));
        AttemptSheet sheet = attempts.start(scope(Role.STUDENT), quiz);
        int position = sheet.items().getFirst().position();
        attempts.save(scope(Role.STUDENT), sheet.attemptId(), position, 1,
                new org.educloud.assessment.Response(List.of(), List.of(), List.of(), Map.of(), "平均分成四份，拿三份。"));
        attempts.submit(scope(Role.STUDENT), sheet.attemptId());

        String page = send(as(Role.TEACHER, get("/assessment/quizzes/" + quiz + "/attempts/" + sheet.attemptId())))
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("平均分成四份，拿三份。").contains("说清“平均分”得满分").contains("class=\"stack grade-form\"");
        var tooMany = mvc.perform(as(Role.TEACHER, post("/assessment/quizzes/" + quiz + "/attempts/"
                + sheet.attemptId() + "/grades/" + position)).with(csrf()).param("points", "9")).andReturn();
        assertThat(tooMany.getFlashMap().get("problemText")).isEqualTo("得分要在 0 到 4 分之间。");
        MockHttpServletResponse graded = send(as(Role.TEACHER, post("/assessment/quizzes/" + quiz + "/attempts/"
                + sheet.attemptId() + "/grades/" + position)).with(csrf()).param("points", "3.5")
                .param("comment", "说得很清楚。"));
        assertThat(graded.getRedirectedUrl()).endsWith("/assessment/quizzes/" + quiz + "/results");
        String results = send(as(Role.TEACHER, get("/assessment/quizzes/" + quiz + "/results")))
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(results).contains("3.50 / 4.00").contains("已批改");
    }

    private AttemptSheet quizStarted() {
        Scope teacher = scope(Role.TEACHER);
        long item = bank.create(teacher, new ItemDraft(Stage.PRIMARY, Subject.MATHEMATICS, 3, 1, "页面测试",
                Sharing.PRIVATE, List.of(fractions()), new ItemContent(ItemType.SINGLE_CHOICE,
                "把一个苹果平均分成 2 份，每份是多少？", List.of(new ItemContent.Choice("A", "半个苹果"),
                new ItemContent.Choice("B", "一个苹果")), List.of(), List.of("A"), Map.of(), List.of(),
                "解析：二分之一就是半个。", "", "")));
        long quiz = quizzes.create(teacher, new QuizDraft("页面小测", "", 20, 1, false, false,
                AnswersVisible.AFTER_SUBMIT, List.of(new QuizDraft.Pick(item, BigDecimal.TEN)), List.of()));
        Instant now = Instant.now();
        quizzes.setToClasses(teacher, quiz, new QuizSetting(List.of(fixture.a().classId()),
                now.minus(Duration.ofMinutes(5)), now.plus(Duration.ofDays(1))));
        return attempts.start(scope(Role.STUDENT), quiz);
    }

    private long fractions() {
        return curriculum.knowledgePoints(scope(Role.TEACHER), Subject.MATHEMATICS, Stage.PRIMARY).getFirst().id();
    }

    private Scope scope(Role role) {
        return identity.scopeOf(fixture.a().person(role));
    }

    private MockHttpServletRequestBuilder as(Role role, MockHttpServletRequestBuilder request) {
        return request.with(authentication(fixture.as(fixture.a().person(role))))
                .cookie(new Cookie("educloud-lang", "zh_CN"));
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }
}
