package org.educloud.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
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
import org.educloud.assessment.items.ItemDraft;
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

/**
 * Autosave is ordered by the page's revision counter, never by a clock: the page is given the last stored revision
 * to count on from, a lower revision arriving after a higher one is dropped, and a higher one wins even when it is
 * a small number (as a counter from 0 is) after a save whose revision looked like a timestamp.
 */
@EduCloudTest
class AutosaveRevisionTest {

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
    void theAttemptPageDeliversTheLastStoredRevisionForThePageToCountOnFrom() throws Exception {
        AttemptSheet sheet = quizStarted();
        assertThat(page(sheet)).as("nothing stored yet").contains("data-revision=\"0\" data-save-url");

        int first = sheet.items().get(0).position();
        int second = sheet.items().get(1).position();
        assertThat(save(sheet, first, 3, "A").getContentAsString()).contains("\"stored\":true");
        assertThat(save(sheet, second, 4, "B").getContentAsString()).contains("\"stored\":true");

        assertThat(page(sheet)).as("the highest revision of any answer of the attempt")
                .contains("data-revision=\"4\" data-save-url");
    }

    @Test
    void aLowerRevisionAfterAHigherOneIsIgnoredAndAHigherOneWinsWhateverClockTheDeviceHas() throws Exception {
        AttemptSheet sheet = quizStarted();
        int position = sheet.items().getFirst().position();

        assertThat(save(sheet, position, 7, "A").getContentAsString()).contains("\"stored\":true");
        MockHttpServletResponse late = save(sheet, position, 6, "B");
        assertThat(late.getStatus()).isEqualTo(200);
        assertThat(late.getContentAsString()).as("an older save arriving late").contains("\"stored\":false");
        assertThat(save(sheet, position, 7, "B").getContentAsString()).as("a retry of the same revision")
                .contains("\"stored\":false");
        assertThat(chosen(sheet, position)).containsExactly("A");

        // revision 8 as a time would be 1970; as the next count after 7 it is simply newer, and it wins
        assertThat(save(sheet, position, 8, "B").getContentAsString()).contains("\"stored\":true");
        assertThat(chosen(sheet, position)).containsExactly("B");
    }

    @Test
    void aCounterContinuingFromATimestampLikeRevisionStillMovesForward() throws Exception {
        AttemptSheet sheet = quizStarted();
        int position = sheet.items().getFirst().position();
        long storedByAnOlderPage = Instant.now().plus(Duration.ofDays(365)).toEpochMilli();
        save(sheet, position, storedByAnOlderPage, "A");

        // a page opened now counts on from what is stored, not from its own (earlier) clock
        assertThat(page(sheet)).contains("data-revision=\"" + storedByAnOlderPage + "\"");
        assertThat(save(sheet, position, storedByAnOlderPage + 1, "B").getContentAsString())
                .contains("\"stored\":true");
        assertThat(save(sheet, position, Instant.now().toEpochMilli(), "A").getContentAsString())
                .as("a save stamped with the device's clock, now behind the counter").contains("\"stored\":false");
        assertThat(chosen(sheet, position)).containsExactly("B");
    }

    private MockHttpServletResponse save(AttemptSheet sheet, int position, long revision, String choice)
            throws Exception {
        return send(as(put("/assessment/attempts/" + sheet.attemptId() + "/answers/" + position)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"revision\":" + revision + ",\"response\":{\"chosen\":[\"" + choice + "\"]}}"));
    }

    private List<String> chosen(AttemptSheet sheet, int position) {
        return attempts.sheet(student(), sheet.attemptId()).items().stream()
                .filter(i -> i.position() == position).findFirst().orElseThrow().saved().chosen();
    }

    private String page(AttemptSheet sheet) throws Exception {
        return send(as(get("/assessment/attempts/" + sheet.attemptId()))).getContentAsString(StandardCharsets.UTF_8);
    }

    private AttemptSheet quizStarted() {
        Scope teacher = identity.scopeOf(fixture.a().person(Role.TEACHER));
        long kp = curriculum.knowledgePoints(teacher, Subject.MATHEMATICS, Stage.PRIMARY).getFirst().id();
        List<QuizDraft.Pick> picks = java.util.stream.IntStream.range(0, 2).mapToObj(i -> new QuizDraft.Pick(
                bank.create(teacher, new ItemDraft(Stage.PRIMARY, Subject.MATHEMATICS, 3, 1, "自动保存",
                        Sharing.PRIVATE, List.of(kp), new ItemContent(ItemType.SINGLE_CHOICE,
                        "第 " + (i + 1) + " 题：一半是几分之几？", List.of(new ItemContent.Choice("A", "二分之一"),
                        new ItemContent.Choice("B", "三分之一")), List.of(), List.of("A"), Map.of(), List.of(),
                        "", "", ""))), BigDecimal.ONE)).toList();
        long quiz = quizzes.create(teacher, new QuizDraft("自动保存小测", "", 20, 1, false, false,
                AnswersVisible.AFTER_SUBMIT, picks, List.of()));
        Instant now = Instant.now();
        quizzes.setToClasses(teacher, quiz, new QuizSetting(List.of(fixture.a().classId()),
                now.minus(Duration.ofMinutes(5)), now.plus(Duration.ofDays(1))));
        return attempts.start(student(), quiz);
    }

    private Scope student() {
        return identity.scopeOf(fixture.a().person(Role.STUDENT));
    }

    private MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request) {
        return request.with(authentication(fixture.as(fixture.a().person(Role.STUDENT))))
                .cookie(new Cookie("educloud-lang", "zh_CN"));
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }
}
