package org.educloud.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.educloud.assessment.attempts.AttemptSheet;
import org.educloud.assessment.attempts.AttemptStatus;
import org.educloud.assessment.attempts.Attempts;
import org.educloud.assessment.attempts.QuizResults;
import org.educloud.assessment.items.ItemBank;
import org.educloud.assessment.ItemContent;
import org.educloud.assessment.ItemContent.Blank;
import org.educloud.assessment.ItemContent.Choice;
import org.educloud.assessment.items.ItemDraft;
import org.educloud.assessment.ItemType;
import org.educloud.assessment.quizzes.AnswersVisible;
import org.educloud.assessment.quizzes.QuizDraft;
import org.educloud.assessment.quizzes.QuizSetting;
import org.educloud.assessment.quizzes.Quizzes;
import org.educloud.assessment.Response;
import org.educloud.identity.IdentityManagement;
import org.educloud.library.Curriculum;
import org.educloud.library.Sharing;
import org.educloud.library.Subject;
import org.educloud.shared.ConflictException;
import org.educloud.shared.FieldRuleViolationException;
import org.educloud.shared.NotFoundException;
import org.educloud.shared.Role;
import org.educloud.shared.RuleViolationException;
import org.educloud.shared.Scope;
import org.educloud.support.EduCloudTest;
import org.educloud.support.TenantFixture;
import org.educloud.tenancy.Stage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A teacher writes items and sets a quiz; a student takes it with every answer saved; the server keeps time. */
@EduCloudTest
class QuizJourneyTest {

    @Autowired
    TenantFixture fixture;
    @Autowired
    IdentityManagement identity;
    @Autowired
    ItemBank bank;
    @Autowired
    Quizzes quizzes;
    @Autowired
    Attempts attempts;
    @Autowired
    QuizResults results;
    @Autowired
    Curriculum curriculum;
    @Autowired
    JdbcClient jdbc;

    private Scope a(Role role) {
        return identity.scopeOf(fixture.a().person(role));
    }

    private Scope b(Role role) {
        return identity.scopeOf(fixture.b().person(role));
    }

    private long fractions() {
        return curriculum.knowledgePoints(a(Role.TEACHER), Subject.MATHEMATICS, Stage.PRIMARY).getFirst().id();
    }

    private long write(ItemContent content) {
        return bank.create(a(Role.TEACHER), new ItemDraft(Stage.PRIMARY, Subject.MATHEMATICS, 3, 2, "单元练习",
                Sharing.PRIVATE, List.of(fractions()), content));
    }

    private static List<Choice> choices(String... texts) {
        return java.util.stream.IntStream.range(0, texts.length)
                .mapToObj(i -> new Choice(String.valueOf((char) ('A' + i)), texts[i])).toList();
    }

    private long quizOf(AnswersVisible visible, Integer minutes, long... items) {
        List<QuizDraft.Pick> picks = java.util.Arrays.stream(items)
                .mapToObj(id -> new QuizDraft.Pick(id, new BigDecimal("5"))).toList();
        long quiz = quizzes.create(a(Role.TEACHER), new QuizDraft("分数小测", "认真作答", minutes, 1, true, true,
                visible, picks, List.of()));
        Instant now = Instant.now();
        quizzes.setToClasses(a(Role.TEACHER), quiz, new QuizSetting(List.of(fixture.a().classId()),
                now.minus(Duration.ofMinutes(1)), now.plus(Duration.ofHours(1))));
        return quiz;
    }

    @Test
    void aStudentTakesAQuizAnswerByAnswerAndIsScoredAtSubmission() {
        long single = write(new ItemContent(ItemType.SINGLE_CHOICE, "把一个蛋糕平均分成 2 份，每份是它的（ ）。",
                choices("\\(\\frac{1}{2}\\)", "\\(\\frac{1}{3}\\)", "2"), List.of(), List.of("A"), Map.of(), List.of(),
                "平均分成 2 份，每份是二分之一。", "", ""));
        long blank = write(new ItemContent(ItemType.FILL_BLANK, "3 个 1/5 是（ ）。", List.of(), List.of(), List.of(),
                Map.of(), List.of(new Blank(List.of("五分之三"), 0.6, 0)), "", "", ""));
        long essay = write(new ItemContent(ItemType.SHORT_ANSWER, "1/3 和 1/4 哪个大？说说理由。", List.of(),
                List.of(), List.of(), Map.of(), List.of(), "", "1/3 大：分子相同，分母小的分数大。", "结论 2 分，理由 3 分"));
        long quiz = quizOf(AnswersVisible.AFTER_SUBMIT, 30, single, blank, essay);

        Scope student = a(Role.STUDENT);
        AttemptSheet sheet = attempts.start(student, quiz);
        assertThat(sheet.items()).hasSize(3).allSatisfy(i -> assertThat(i.key()).as("no key while taking").isNull());
        assertThat(sheet.secondsLeft()).isBetween(29 * 60L, 30 * 60L);
        assertThat(attempts.start(student, quiz).attemptId()).as("starting again resumes").isEqualTo(sheet.attemptId());

        int singlePos = position(sheet, single);
        int blankPos = position(sheet, blank);
        int essayPos = position(sheet, essay);
        assertThat(attempts.save(student, sheet.attemptId(), singlePos, 2, chose("A"))).isTrue();
        assertThat(attempts.save(student, sheet.attemptId(), singlePos, 1, chose("B")))
                .as("an older save arriving late loses").isFalse();
        assertThat(attempts.save(student, sheet.attemptId(), singlePos, 2, chose("A"))).as("a retried save").isFalse();
        attempts.save(student, sheet.attemptId(), blankPos, 1,
                new Response(List.of(), List.of("３/５"), List.of(), Map.of(), ""));
        attempts.save(student, sheet.attemptId(), essayPos, 1,
                new Response(List.of(), List.of(), List.of(), Map.of(), "1/3 大，因为分母小"));
        assertThat(attempts.sheet(student, sheet.attemptId()).items()).filteredOn(i -> i.position() == singlePos)
                .singleElement().satisfies(i -> assertThat(i.saved().chosen()).containsExactly("A"));

        AttemptSheet submitted = attempts.submit(student, sheet.attemptId());
        assertThat(submitted.status()).isEqualTo(AttemptStatus.SUBMITTED);
        assertThat(submitted.score()).isEqualByComparingTo("10.00");
        assertThat(submitted.answersShown()).isTrue();
        assertThat(attempts.submit(student, sheet.attemptId()).score()).as("submitting twice").isEqualByComparingTo("10");
        assertThatThrownBy(() -> attempts.save(student, sheet.attemptId(), singlePos, 9, chose("B")))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> attempts.start(student, quiz)).isInstanceOf(RuleViolationException.class)
                .hasMessage("assessment.error.noAttemptsLeft");

        Scope teacher = a(Role.TEACHER);
        assertThat(results.queue(teacher, quiz)).hasSize(1);
        assertThatThrownBy(() -> results.grade(teacher, quiz, sheet.attemptId(), essayPos, new BigDecimal("6"), ""))
                .isInstanceOf(FieldRuleViolationException.class);
        results.grade(teacher, quiz, sheet.attemptId(), essayPos, new BigDecimal("4"), "理由再完整些");
        AttemptSheet graded = attempts.sheet(student, sheet.attemptId());
        assertThat(graded.status()).isEqualTo(AttemptStatus.GRADED);
        assertThat(graded.score()).isEqualByComparingTo("14.00");
        assertThat(results.results(teacher, quiz)).singleElement()
                .satisfies(r -> assertThat(r.score()).isEqualByComparingTo("14"));
    }

    @Test
    void theServerKeepsTheTimeAndKeysStayHiddenUntilTheQuizCloses() {
        long single = write(new ItemContent(ItemType.TRUE_FALSE, "1/2 = 2/4", choices("对", "错"), List.of(),
                List.of("A"), Map.of(), List.of(), "", "", ""));
        long quiz = quizOf(AnswersVisible.AFTER_CLOSE, 5, single);
        Scope student = a(Role.STUDENT);
        AttemptSheet sheet = attempts.start(student, quiz);
        int position = sheet.items().getFirst().position();
        attempts.save(student, sheet.attemptId(), position, 1, chose("A"));

        // the time limit runs out (moved back in the database, as a clock would move forward)
        jdbc.sql("UPDATE assessment.attempt SET deadline_at = now() - interval '1 minute' WHERE id = ?")
                .param(sheet.attemptId()).update();
        assertThatThrownBy(() -> attempts.save(student, sheet.attemptId(), position, 2, chose("B")))
                .isInstanceOf(ConflictException.class).hasMessage("assessment.error.timeUp");
        AttemptSheet finished = attempts.sheet(student, sheet.attemptId());
        assertThat(finished.status()).as("finished at its deadline with what was saved").isEqualTo(AttemptStatus.GRADED);
        assertThat(finished.score()).isEqualByComparingTo("5");
        assertThat(finished.answersShown()).as("classmates may still be taking it").isFalse();
        assertThat(finished.items().getFirst().key()).isNull();
        assertThat(finished.items().getFirst().earned()).as("a mark per item would give the key away").isNull();
    }

    @Test
    void nobodyElseReachesAnAttemptAQuizOrAnItem() {
        long item = write(new ItemContent(ItemType.SINGLE_CHOICE, "哪个大？", choices("1/2", "1/3"), List.of(),
                List.of("A"), Map.of(), List.of(), "", "", ""));
        long quiz = quizOf(AnswersVisible.AFTER_SUBMIT, null, item);
        AttemptSheet sheet = attempts.start(a(Role.STUDENT), quiz);

        assertThatThrownBy(() -> attempts.sheet(b(Role.STUDENT), sheet.attemptId())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> attempts.save(b(Role.STUDENT), sheet.attemptId(), 1, 1, chose("A")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> attempts.start(b(Role.STUDENT), quiz)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> quizzes.managed(b(Role.TEACHER), quiz)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> results.results(b(Role.TEACHER), quiz)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> bank.find(b(Role.TEACHER), item)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> bank.find(a(Role.STUDENT), item)).as("an item carries its key")
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> quizzes.create(b(Role.TEACHER), new QuizDraft("偷题", "", null, 1, false, false,
                AnswersVisible.NEVER, List.of(new QuizDraft.Pick(item, BigDecimal.ONE)), List.of())))
                .isInstanceOf(NotFoundException.class);
    }

    private static int position(AttemptSheet sheet, long itemId) {
        return sheet.items().stream().filter(i -> i.itemId() == itemId).findFirst().orElseThrow().position();
    }

    private static Response chose(String... ids) {
        return new Response(List.of(ids), List.of(), List.of(), Map.of(), "");
    }
}
