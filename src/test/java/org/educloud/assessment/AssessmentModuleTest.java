package org.educloud.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.educloud.assessment.ItemDrafts.aBlank;
import static org.educloud.assessment.ItemDrafts.aShortAnswer;
import static org.educloud.assessment.ItemDrafts.aSingleChoice;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.educloud.assessment.attempts.AttemptSheet;
import org.educloud.assessment.attempts.AttemptStatus;
import org.educloud.assessment.attempts.Attempts;
import org.educloud.assessment.attempts.QuizResults;
import org.educloud.assessment.items.ItemBank;
import org.educloud.assessment.quizzes.AnswersVisible;
import org.educloud.assessment.quizzes.QuizDraft;
import org.educloud.assessment.quizzes.QuizSetting;
import org.educloud.assessment.quizzes.Quizzes;
import org.educloud.identity.IdentityManagement;
import org.educloud.library.Curriculum;
import org.educloud.library.Sharing;
import org.educloud.library.Subject;
import org.educloud.roster.RosterManagement;
import org.educloud.roster.SchoolClassView;
import org.educloud.shared.ForbiddenException;
import org.educloud.shared.NotFoundException;
import org.educloud.shared.Scope;
import org.educloud.assessment.ItemDrafts;
import org.educloud.support.ModuleTestContext;
import org.educloud.support.OrgTree;
import org.educloud.support.SchoolInTerm;
import org.educloud.support.SchoolInTerm.Person;
import org.educloud.tenancy.Stage;
import org.educloud.tenancy.TenancyManagement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;

/**
 * Assessment from the item bank to the scored answer: a teacher writes items on a knowledge point, sets a quiz to
 * the class they teach, the student's submitted attempt is marked and every scored answer is announced as
 * {@link ItemAnswered} (objective ones at submission, written ones when the teacher grades them), which knowledge
 * tracing learns from. Items reviewed for the school are what {@link PracticeItems} draws and marks for practice,
 * and {@link QuizPractice} counts the quizzes a teacher set as evidence of their practice. Assessment and the modules
 * it builds on are in the context, on an empty database: one class of one student, and a school elsewhere.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@ModuleTestContext
class AssessmentModuleTest {

    private static final BigDecimal TEN = BigDecimal.TEN;

    @Autowired
    ItemBank bank;
    @Autowired
    Quizzes quizzes;
    @Autowired
    Attempts attempts;
    @Autowired
    QuizResults results;
    @Autowired
    PracticeItems practice;
    @Autowired
    QuizPractice quizPractice;
    @Autowired
    Curriculum curriculum;
    @Autowired
    TenancyManagement tenancy;
    @Autowired
    IdentityManagement identity;
    @Autowired
    RosterManagement roster;
    @Autowired
    Clock clock;

    OrgTree city;
    SchoolInTerm school;
    Person teacher;
    Person zhang;
    SchoolClassView threeOne;
    long fractions;

    @BeforeEach
    void aClassOfOneAndAKnowledgePoint() {
        String unique = UUID.randomUUID().toString().substring(0, 6);
        city = OrgTree.cityWithDistrict(tenancy, "杭州市");
        school = SchoolInTerm.open(roster, identity, city.school("杭州市城区第" + unique + "小学"));
        teacher = school.teacher("王芳");
        zhang = school.student("张小明");
        threeOne = school.homeroom(3, "三年级(1)班", teacher, List.of(zhang));
        fractions = curriculum.addKnowledgePoint(Scope.installation(), Subject.MATHEMATICS, Stage.PRIMARY,
                "FRAC-" + unique, "同分母分数加法", null);
    }

    @Test
    void a_submitted_quiz_is_marked_and_each_objective_answer_is_announced_for_knowledge_tracing(Scenario scenario,
            AssertablePublishedEvents events) {
        long choice = item(aSingleChoice("\\(\\frac{1}{2}\\) 和 \\(\\frac{2}{4}\\) 相等吗？", "A").on(fractions));
        long blank = item(aBlank("\\(\\frac{1}{5}+\\frac{2}{5}=\\)____", "3/5").on(fractions).difficulty(4));
        long quiz = quizSetToTheClass("分数小测", choice, blank);
        AttemptSheet sheet = attempts.start(zhang.scope(), quiz);
        answer(sheet, choice, chosen("A"));
        answer(sheet, blank, typed("2/5"));

        scenario.stimulate(() -> attempts.submit(zhang.scope(), sheet.attemptId()))
                .andWaitForEventOfType(ItemAnswered.class)
                .matching(answered -> answered.itemId() == blank)
                .toArriveAndVerify((answered, submitted) -> {
                    assertThat(submitted.status()).isEqualTo(AttemptStatus.GRADED);
                    assertThat(submitted.score()).as("the choice right, the blank wrong").isEqualByComparingTo("10");
                    assertThat(answered.studentId()).isEqualTo(zhang.id());
                    assertThat(answered.school()).isEqualTo(school.school().id());
                    assertThat(answered.knowledgePoints()).containsExactly(fractions);
                    assertThat(answered.difficulty()).isEqualTo(4);
                    assertThat(answered.credit()).isZero();
                    assertThat(answered.practice()).isFalse();
                });
        assertThat(events.ofType(ItemAnswered.class))
                .extracting(ItemAnswered::itemId, ItemAnswered::correct)
                .containsExactlyInAnyOrder(tuple(choice, true), tuple(blank, false));
    }

    @Test
    void a_written_answer_waits_for_its_teacher_and_is_announced_when_graded(Scenario scenario) {
        long written = item(aShortAnswer("怎样计算 \\(\\frac{1}{3}+\\frac{1}{4}\\)？").on(fractions));
        long quiz = quizSetToTheClass("分数书面题", written);
        AttemptSheet sheet = attempts.start(zhang.scope(), quiz);
        answer(sheet, written, new Response(List.of(), List.of(), List.of(), Map.of(), "先通分：4/12 + 3/12"));

        AttemptSheet submitted = attempts.submit(zhang.scope(), sheet.attemptId());
        assertThat(submitted.status()).as("awaiting the teacher").isEqualTo(AttemptStatus.SUBMITTED);

        scenario.stimulate(() -> results.grade(teacher.scope(), quiz, sheet.attemptId(), position(sheet, written),
                        new BigDecimal("6"), "步骤不完整"))
                .andWaitForEventOfType(ItemAnswered.class)
                .matching(answered -> answered.itemId() == written)
                .toArriveAndVerify(answered -> {
                    assertThat(answered.credit()).isEqualTo(0.6);
                    assertThat(answered.correct()).isFalse();
                    assertThat(answered.knowledgePoints()).containsExactly(fractions);
                });
        assertThat(attempts.sheet(zhang.scope(), sheet.attemptId()).status()).isEqualTo(AttemptStatus.GRADED);
    }

    @Test
    void practice_draws_only_items_reviewed_for_the_students_school_and_never_a_teachers_private_one() {
        item(aSingleChoice("私有题：\\(\\frac{1}{2}\\) 和 \\(\\frac{2}{4}\\) 相等吗？", "A").on(fractions));
        long shared = bank.create(teacher.scope(), aSingleChoice("共享题：\\(\\frac{3}{6}\\) 和 \\(\\frac{1}{2}\\) 相等吗？", "A")
                .on(fractions).sharedIn(Sharing.SCHOOL).build());
        assertThat(draw()).as("shared, not yet reviewed").isEmpty();

        bank.submit(teacher.scope(), shared);
        bank.review(school.admin(), shared, true, "");

        assertThat(draw()).get().satisfies(served -> {
            assertThat(served.itemId()).isEqualTo(shared);
            assertThat(served.type()).isEqualTo(ItemType.SINGLE_CHOICE);
            assertThat(served.choices()).extracting(ItemContent.Choice::id).containsExactlyInAnyOrder("A", "B");
        });
        assertThat(practice.draw(school.school().path(), fractions, 2, List.of(shared))).as("left out").isEmpty();
    }

    @Test
    void a_practice_answer_is_marked_with_the_key_and_explanation_shown_at_once() {
        long shared = reviewedForTheSchool(aSingleChoice("\\(\\frac{2}{4}\\) 和 \\(\\frac{1}{2}\\) 相等吗？", "A")
                .on(fractions).explained("分子分母同除以 2"));
        PracticeItem served = draw().orElseThrow();

        PracticeMarking wrong = practice.mark(school.school().path(), shared, served.version(), chosen("B"));

        assertThat(wrong.correct()).isFalse();
        assertThat(wrong.credit()).isZero();
        assertThat(wrong.key()).containsExactly("A");
        assertThat(wrong.explanation()).contains("分子分母同除以 2");
        assertThat(wrong.knowledgePoints()).containsExactly(fractions);
        assertThat(practice.mark(school.school().path(), shared, served.version(), chosen("A")).correct()).isTrue();
    }

    @Test
    void an_item_in_a_quiz_still_open_is_kept_out_of_practice() {
        long shared = reviewedForTheSchool(aSingleChoice("\\(\\frac{4}{8}\\) 和 \\(\\frac{1}{2}\\) 相等吗？", "A").on(fractions));
        quizSetToTheClass("进行中的小测", shared);

        assertThat(draw()).isEmpty();
        assertThatThrownBy(() -> practice.mark(school.school().path(), shared, 1, chosen("A")))
                .as("its key would give the quiz away").isInstanceOf(NotFoundException.class);
    }

    @Test
    void another_schools_students_practise_nothing_from_this_schools_bank() {
        long shared = reviewedForTheSchool(aSingleChoice("\\(\\frac{5}{10}\\) 和 \\(\\frac{1}{2}\\) 相等吗？", "A").on(fractions));
        var elsewhere = city.school("杭州市城区另一所小学" + UUID.randomUUID().toString().substring(0, 4)).path();

        assertThat(practice.draw(elsewhere, fractions, 2, List.of())).isEmpty();
        assertThatThrownBy(() -> practice.served(elsewhere, shared, 1)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> practice.mark(elsewhere, shared, 1, chosen("A"))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void another_school_finds_neither_the_quiz_nor_its_items() {
        long choice = item(aSingleChoice("\\(\\frac{1}{2}\\) 和 \\(\\frac{3}{6}\\) 相等吗？", "A").on(fractions));
        long quiz = quizSetToTheClass("本校小测", choice);
        SchoolInTerm elsewhere = schoolElsewhere();
        Person teacherThere = elsewhere.teacher("赵强");
        Person studentThere = elsewhere.student("钱多多");

        assertThatThrownBy(() -> quizzes.managed(teacherThere.scope(), quiz)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> bank.find(teacherThere.scope(), choice)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> quizzes.managed(elsewhere.admin(), quiz)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> attempts.start(studentThere.scope(), quiz)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void quiz_practice_counts_the_quizzes_a_teacher_set_and_the_classes_reached_for_them_and_their_school_only() {
        long choice = item(aSingleChoice("\\(\\frac{2}{6}\\) 和 \\(\\frac{1}{3}\\) 相等吗？", "A").on(fractions));
        quizSetToTheClass("第一次小测", choice);
        quizSetToTheClass("第二次小测", choice);
        Instant from = clock.instant().minus(Duration.ofDays(1));
        Instant to = clock.instant().plus(Duration.ofDays(1));
        Person teacherElsewhere = schoolElsewhere().teacher("赵强");

        assertThat(quizPractice.of(teacher.scope(), teacher.account(), school.school().path(), from, to))
                .isEqualTo(new QuizPractice.Figures(2, 2));
        assertThat(quizPractice.of(school.admin(), teacher.account(), school.school().path(), from, to).quizzesSet())
                .as("the school's administrator asks too").isEqualTo(2);
        assertThatThrownBy(() -> quizPractice.of(teacherElsewhere.scope(), teacher.account(), school.school().path(),
                from, to)).isInstanceOf(ForbiddenException.class);
    }

    private long item(ItemDrafts.Builder draft) {
        return bank.create(teacher.scope(), draft.build());
    }

    /** An item shared in the school, submitted by its author and approved by the school's administrator. */
    private long reviewedForTheSchool(ItemDrafts.Builder draft) {
        long id = bank.create(teacher.scope(), draft.sharedIn(Sharing.SCHOOL).build());
        bank.submit(teacher.scope(), id);
        bank.review(school.admin(), id, true, "");
        return id;
    }

    private java.util.Optional<PracticeItem> draw() {
        return practice.draw(school.school().path(), fractions, 2, List.of());
    }

    /** A quiz of the items, ten points each, open to the class from an hour ago for a week. */
    private long quizSetToTheClass(String title, long... items) {
        List<QuizDraft.Pick> picks = java.util.Arrays.stream(items).mapToObj(id -> new QuizDraft.Pick(id, TEN)).toList();
        long quiz = quizzes.create(teacher.scope(), new QuizDraft(title, "", null, 1, false, false,
                AnswersVisible.AFTER_SUBMIT, picks, List.of()));
        Instant now = clock.instant();
        quizzes.setToClasses(teacher.scope(), quiz, new QuizSetting(List.of(threeOne.id().value()),
                now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(7))));
        return quiz;
    }

    private void answer(AttemptSheet sheet, long itemId, Response response) {
        assertThat(attempts.save(zhang.scope(), sheet.attemptId(), position(sheet, itemId), 1, response)).isTrue();
    }

    private static int position(AttemptSheet sheet, long itemId) {
        return sheet.items().stream().filter(i -> i.itemId() == itemId).findFirst().orElseThrow().position();
    }

    /** A school in another city, in its term. */
    private SchoolInTerm schoolElsewhere() {
        return SchoolInTerm.open(roster, identity, OrgTree.cityWithDistrict(tenancy, "温州市")
                .school("温州市城区第" + UUID.randomUUID().toString().substring(0, 4) + "小学"));
    }

    private static Response chosen(String id) {
        return new Response(List.of(id), List.of(), List.of(), Map.of(), "");
    }

    private static Response typed(String blank) {
        return new Response(List.of(), List.of(blank), List.of(), Map.of(), "");
    }
}
