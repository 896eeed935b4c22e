package org.educloud.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.educloud.assessment.items.ItemBank;
import org.educloud.assessment.items.ItemDraft;
import org.educloud.assessment.quizzes.AnswersVisible;
import org.educloud.assessment.quizzes.QuizDraft;
import org.educloud.assessment.quizzes.QuizSetting;
import org.educloud.assessment.quizzes.QuizStatus;
import org.educloud.assessment.quizzes.QuizView;
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
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A teacher edits a quiz that is still a draft on its own page: settings, items and their order, and optionally the
 * classes and window it is published to; the rules are those of the new-quiz form; a published quiz is not edited
 * and the page says why; another school's teacher does not find the page at all.
 */
@EduCloudTest
class QuizEditPageTest {

    private static final DateTimeFormatter FIELD = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

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

    @Test
    void theEditFormShowsTheDraftWithItsItemsTickedInTheirOrderFirst() throws Exception {
        long first = item("甲");
        long second = item("乙");
        long quiz = draft("编辑前", first, second);

        String page = text(send(as(Role.TEACHER, get("/assessment/quizzes/" + quiz + "/edit"))));
        assertThat(page).contains("编辑测验").contains("value=\"编辑前\"").contains("保存修改")
                .contains("name=\"pickOrder[0]\"");
        assertThat(page.indexOf("编辑测验题 甲")).as("the quiz's items head the list, in its order")
                .isLessThan(page.indexOf("编辑测验题 乙"));
        assertThat(page).containsPattern("id=\"pick-" + first + "\"[^>]*checked")
                .containsPattern("name=\"pickOrder\\[1\\]\"[^>]*value=\"2\"");
        assertThat(text(send(as(Role.TEACHER, get("/assessment/quizzes/" + quiz)))))
                .as("the draft's page links to its edit form").contains("/assessment/quizzes/" + quiz + "/edit");
    }

    @Test
    void aTeacherChangesSettingsReordersDropsAndAddsItemsAndTheQuizStaysADraft() throws Exception {
        long first = item("一");
        long second = item("二");
        long third = item("三");
        long added = item("四");
        long quiz = draft("原来的标题", first, second, third);

        MockHttpServletResponse saved = send(as(Role.TEACHER, post("/assessment/quizzes/" + quiz + "/edit"))
                .with(csrf()).param("title", "改过的标题").param("instructions", "先做简单的")
                .param("timeLimitMinutes", "25").param("attemptsAllowed", "2").param("shuffleItems", "true")
                .param("answersVisible", "AFTER_CLOSE")
                // the third first, then the first; the second unticked; a new one last
                .param("pickIds[0]", String.valueOf(first)).param("pickPoints[0]", "3").param("pickOrder[0]", "2")
                .param("pickPoints[1]", "5").param("pickOrder[1]", "3")
                .param("pickIds[2]", String.valueOf(third)).param("pickPoints[2]", "4").param("pickOrder[2]", "1")
                .param("pickIds[3]", String.valueOf(added)).param("pickPoints[3]", "2"));
        assertThat(saved.getStatus()).isEqualTo(302);
        assertThat(saved.getRedirectedUrl()).isEqualTo("/assessment/quizzes/" + quiz);

        QuizView revised = quizzes.managed(teacher(), quiz);
        assertThat(revised.status()).isEqualTo(QuizStatus.DRAFT);
        assertThat(revised.title()).isEqualTo("改过的标题");
        assertThat(revised.instructions()).isEqualTo("先做简单的");
        assertThat(revised.timeLimitMinutes()).isEqualTo(25);
        assertThat(revised.attemptsAllowed()).isEqualTo(2);
        assertThat(revised.shuffleItems()).isTrue();
        assertThat(revised.shuffleOptions()).isFalse();
        assertThat(revised.answersVisible()).isEqualTo(AnswersVisible.AFTER_CLOSE);
        assertThat(revised.items()).extracting(QuizView.QuizItem::itemId).containsExactly(third, first, added);
        assertThat(revised.items()).extracting(QuizView.QuizItem::position).containsExactly(1, 2, 3);
        assertThat(revised.maxScore()).isEqualByComparingTo("9");
    }

    @Test
    void theRulesOfTheNewQuizFormHoldAndNothingIsSavedWhenOneIsBroken() throws Exception {
        long first = item("规");
        long quiz = draft("规则不变", first);

        MockHttpServletResponse refused = send(as(Role.TEACHER, post("/assessment/quizzes/" + quiz + "/edit"))
                .with(csrf()).param("title", " ").param("attemptsAllowed", "11").param("timeLimitMinutes", "0"));
        assertThat(refused.getStatus()).isEqualTo(200);
        assertThat(text(refused)).contains("class=\"field-error\"").contains("编辑测验")
                .contains("测验里还没有题目。");
        QuizView unchanged = quizzes.managed(teacher(), quiz);
        assertThat(unchanged.title()).isEqualTo("规则不变");
        assertThat(unchanged.items()).hasSize(1);
    }

    @Test
    void classesTickedOnTheEditFormPublishTheQuizAndABadWindowLeavesTheDraftAsItWas() throws Exception {
        long first = item("布");
        long quiz = draft("一起发布", first);
        LocalDateTime now = LocalDateTime.now(SHANGHAI).withSecond(0).withNano(0);

        MockHttpServletResponse badWindow = send(editWithClass(quiz, first, "改了标题", now.plusDays(2), now.plusDays(1)));
        assertThat(badWindow.getStatus()).isEqualTo(200);
        assertThat(text(badWindow)).contains("截止时间必须晚于开始时间");
        QuizView stillDraft = quizzes.managed(teacher(), quiz);
        assertThat(stillDraft.status()).isEqualTo(QuizStatus.DRAFT);
        assertThat(stillDraft.title()).as("the revision was not half-saved").isEqualTo("一起发布");

        MockHttpServletResponse published = send(editWithClass(quiz, first, "改了标题", now.minusMinutes(5),
                now.plusDays(1)));
        assertThat(published.getStatus()).isEqualTo(302);
        QuizView set = quizzes.managed(teacher(), quiz);
        assertThat(set.status()).isEqualTo(QuizStatus.PUBLISHED);
        assertThat(set.title()).isEqualTo("改了标题");
        assertThat(set.classes()).extracting(QuizView.ClassWindow::classId).containsExactly(fixture.a().classId());
    }

    @Test
    void aPublishedQuizIsNotEditedAndThePageSaysWhy() throws Exception {
        long first = item("已");
        long quiz = draft("已经发布", first);
        Instant now = Instant.now();
        quizzes.setToClasses(teacher(), quiz, new QuizSetting(List.of(fixture.a().classId()),
                now.minus(Duration.ofMinutes(5)), now.plus(Duration.ofDays(1))));

        String page = text(send(as(Role.TEACHER, get("/assessment/quizzes/" + quiz + "/edit"))));
        assertThat(page).contains("这份测验已经发布给班级，不能再编辑").doesNotContain("id=\"quiz-form\"");
        String english = text(send(get("/assessment/quizzes/" + quiz + "/edit")
                .with(authentication(fixture.as(fixture.a().person(Role.TEACHER))))
                .cookie(new Cookie("educloud-lang", "en"))));
        assertThat(english).contains("can no longer be edited");
        assertThat(text(send(as(Role.TEACHER, get("/assessment/quizzes/" + quiz))))).doesNotContain("id=\"edit-quiz\"");

        MvcResult posted = mvc.perform(as(Role.TEACHER, post("/assessment/quizzes/" + quiz + "/edit")).with(csrf())
                .param("title", "偷偷改").param("attemptsAllowed", "1")
                .param("pickIds[0]", String.valueOf(first)).param("pickPoints[0]", "1")).andReturn();
        assertThat(posted.getResponse().getRedirectedUrl()).isEqualTo("/assessment/quizzes/" + quiz);
        assertThat(posted.getFlashMap().get("problem")).isEqualTo("assessment.edit.published");
        assertThat(quizzes.managed(teacher(), quiz).title()).isEqualTo("已经发布");
    }

    @Test
    void anotherSchoolsTeacherDoesNotFindTheEditPage() throws Exception {
        long quiz = draft("别校看不到", item("别"));
        MockHttpServletRequestBuilder other = get("/assessment/quizzes/" + quiz + "/edit")
                .with(authentication(fixture.as(fixture.b().person(Role.TEACHER))));
        assertThat(send(other).getStatus()).isEqualTo(404);
        MockHttpServletRequestBuilder otherPost = post("/assessment/quizzes/" + quiz + "/edit").with(csrf())
                .with(authentication(fixture.as(fixture.b().person(Role.TEACHER)))).param("title", "越界")
                .param("attemptsAllowed", "1");
        assertThat(send(otherPost).getStatus()).isEqualTo(404);
        assertThat(quizzes.managed(teacher(), quiz).title()).isEqualTo("别校看不到");
    }

    private MockHttpServletRequestBuilder editWithClass(long quiz, long item, String title, LocalDateTime opens,
                                                        LocalDateTime closes) {
        return as(Role.TEACHER, post("/assessment/quizzes/" + quiz + "/edit")).with(csrf()).param("title", title)
                .param("attemptsAllowed", "1").param("pickIds[0]", String.valueOf(item)).param("pickPoints[0]", "2")
                .param("classIds", String.valueOf(fixture.a().classId()))
                .param("opensAt", opens.format(FIELD)).param("closesAt", closes.format(FIELD));
    }

    private long draft(String title, long... items) {
        List<QuizDraft.Pick> picks = java.util.Arrays.stream(items)
                .mapToObj(id -> new QuizDraft.Pick(id, BigDecimal.TWO)).toList();
        return quizzes.create(teacher(), new QuizDraft(title, "", null, 1, false, false, AnswersVisible.AFTER_SUBMIT,
                picks, List.of()));
    }

    private long item(String marker) {
        long kp = curriculum.knowledgePoints(teacher(), Subject.MATHEMATICS, Stage.PRIMARY).getFirst().id();
        return bank.create(teacher(), new ItemDraft(Stage.PRIMARY, Subject.MATHEMATICS, 3, 1, "编辑", Sharing.PRIVATE,
                List.of(kp), new ItemContent(ItemType.TRUE_FALSE, "编辑测验题 " + marker + "：二分之一等于 0.5。",
                List.of(new ItemContent.Choice("A", "对"), new ItemContent.Choice("B", "错")), List.of(),
                List.of("A"), Map.of(), List.of(), "", "", "")));
    }

    private Scope teacher() {
        return identity.scopeOf(fixture.a().person(Role.TEACHER));
    }

    private MockHttpServletRequestBuilder as(Role role, MockHttpServletRequestBuilder request) {
        return request.with(authentication(fixture.as(fixture.a().person(role))))
                .cookie(new Cookie("educloud-lang", "zh_CN"));
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    private static String text(MockHttpServletResponse response) throws Exception {
        return response.getContentAsString(StandardCharsets.UTF_8);
    }
}
