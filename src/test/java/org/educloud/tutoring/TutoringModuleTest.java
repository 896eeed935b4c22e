package org.educloud.tutoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.educloud.assessment.ItemDrafts.aSingleChoice;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.educloud.assessment.BankItems;
import org.educloud.assessment.ItemDrafts;
import org.educloud.assessment.ItemAnswered;
import org.educloud.assessment.Response;
import org.educloud.identity.IdentityManagement;
import org.educloud.library.Curriculum;
import org.educloud.library.Sharing;
import org.educloud.library.Subject;
import org.educloud.records.LearningActivity;
import org.educloud.records.LearningVerb;
import org.educloud.roster.RosterManagement;
import org.educloud.roster.SchoolClassView;
import org.educloud.shared.ForbiddenException;
import org.educloud.shared.NotFoundException;
import org.educloud.shared.Scope;
import org.educloud.support.ModuleTestContext;
import org.educloud.support.OrgTree;
import org.educloud.support.SchoolInTerm;
import org.educloud.support.SchoolInTerm.Person;
import org.educloud.tenancy.Stage;
import org.educloud.tenancy.TenancyManagement;
import org.educloud.tutoring.mastery.Mastery;
import org.educloud.tutoring.practice.Practice;
import org.educloud.tutoring.practice.PracticeStep;
import org.educloud.tutoring.tracing.BktParameters;
import org.educloud.tutoring.views.MasteryReading;
import org.educloud.tutoring.views.MasteryReading.PointMastery;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;

/**
 * Intelligent tutoring as students, teachers and administrators meet it: every answer assessment scores
 * ({@link ItemAnswered}) is an observation of the item's knowledge points that moves the student's mastery (Bayesian
 * Knowledge Tracing, after the answer's commit); practice serves items from the school's banks on a knowledge point
 * and learns from each answer; teachers see their class's mastery, and administrators the mean mastery of groups
 * ({@link MasteryFigures}), small groups held back. Tutoring and the modules it builds on are in the context, on an
 * empty database: one urban school with a class of two, and two knowledge points of the installation's catalogue.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@ModuleTestContext
class TutoringModuleTest {

    private static final double PRIOR = BktParameters.DEFAULTS.prior();

    @Autowired
    MasteryReading reading;
    @Autowired
    Practice practice;
    @Autowired
    MasteryFigures figures;
    @Autowired
    BankItems bank;
    @Autowired
    Curriculum curriculum;
    @Autowired
    TenancyManagement tenancy;
    @Autowired
    IdentityManagement identity;
    @Autowired
    RosterManagement roster;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    OrgTree city;
    SchoolInTerm school;
    Person teacher;
    Person zhang;
    Person li;
    SchoolClassView threeOne;
    long fractions;
    long decimals;

    @BeforeEach
    void aClassOfTwoAndTwoKnowledgePoints() {
        String unique = UUID.randomUUID().toString().substring(0, 6);
        city = OrgTree.cityWithDistrict(tenancy, "合肥市");
        school = SchoolInTerm.open(roster, identity, city.school("合肥市城区第" + unique + "小学"));
        teacher = school.teacher("王芳");
        zhang = school.student("张小明");
        li = school.student("李小红");
        threeOne = school.homeroom(3, "三年级(1)班", teacher, List.of(zhang, li));
        fractions = knowledgePoint("FRAC-" + unique, "同分母分数加法");
        decimals = knowledgePoint("DEC-" + unique, "小数的意义");
    }

    @Test
    void a_right_answer_raises_mastery_of_each_knowledge_point_of_the_item_and_a_wrong_one_lowers_it(Scenario scenario) {
        scenario.publish(answered(zhang, 101, true, fractions, decimals))
                .andWaitForStateChange(() -> mapOf(zhang), points -> points.size() == 2)
                .andVerify(points -> assertThat(points).allSatisfy(point -> {
                    assertThat(point.mastery().opportunities()).isEqualTo(1);
                    assertThat(point.probability()).isGreaterThan(PRIOR);
                }));

        scenario.publish(answered(li, 102, false, fractions))
                .andWaitForStateChange(() -> mapOf(li), points -> !points.isEmpty())
                .andVerify(points -> assertThat(points).singleElement().satisfies(point -> {
                    assertThat(point.point().id()).isEqualTo(fractions);
                    assertThat(point.probability()).isLessThan(PRIOR);
                    assertThat(point.mastery().correct()).isZero();
                }));
    }

    @Test
    void an_answer_delivered_twice_counts_once(Scenario scenario) {
        ItemAnswered answer = answered(zhang, 103, true, fractions);
        scenario.publish(answer).andWaitForStateChange(() -> mapOf(zhang), points -> !points.isEmpty());

        scenario.publish(answer)
                .andWaitForStateChange(this::undeliveredEvents, undelivered -> undelivered == 0)
                .andVerify(undelivered -> assertThat(mapOf(zhang)).singleElement()
                        .satisfies(point -> assertThat(point.mastery().opportunities()).isEqualTo(1)));
    }

    @Test
    void practice_serves_one_item_until_it_is_answered_and_learns_from_the_answer_once(Scenario scenario) {
        long item = reviewedForTheSchool(aSingleChoice("\\(\\frac{1}{4}+\\frac{2}{4}\\) 等于 \\(\\frac{3}{4}\\) 吗？", "A"));

        PracticeStep first = practice.current(zhang.scope(), fractions);
        assertThat(first.item()).isNotNull();
        assertThat(first.item().itemId()).isEqualTo(item);
        assertThat(first.mastery()).as("before any answer: the prior").isEqualTo(PRIOR);
        assertThat(practice.current(zhang.scope(), fractions).item().itemId()).as("a reload").isEqualTo(item);

        scenario.stimulate(() -> practice.answer(zhang.scope(), fractions, item, chosen("A")))
                .andWaitForEventOfType(LearningActivity.class)
                .matching(activity -> activity.verb() == LearningVerb.ANSWERED)
                .toArriveAndVerify((activity, step) -> {
                    assertThat(activity.personId()).isEqualTo(zhang.id());
                    assertThat(activity.result().success()).isTrue();
                    assertThat(step.marking().correct()).isTrue();
                    assertThat(step.marking().key()).containsExactly("A");
                    assertThat(step.mastery()).isGreaterThan(PRIOR);
                });
        practice.answer(zhang.scope(), fractions, item, chosen("A"));
        assertThat(masteryOf(zhang, fractions).opportunities()).as("answering twice counts once").isEqualTo(1);
        assertThat(practice.current(zhang.scope(), fractions).bankExhausted())
                .as("the only item was just answered").isTrue();
    }

    @Test
    void practice_is_for_students_and_only_on_items_they_were_served() {
        long item = reviewedForTheSchool(aSingleChoice("\\(\\frac{2}{5}+\\frac{1}{5}\\) 等于 \\(\\frac{3}{5}\\) 吗？", "A"));

        assertThatThrownBy(() -> practice.current(teacher.scope(), fractions)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> practice.answer(li.scope(), fractions, item, chosen("A")))
                .as("never served to her").isInstanceOf(org.educloud.shared.RuleViolationException.class);
    }

    @Test
    void a_teacher_sees_the_mastery_heatmap_of_their_class_and_a_teacher_of_another_school_does_not(Scenario scenario) {
        scenario.publish(answered(zhang, 104, true, fractions))
                .andWaitForStateChange(() -> mapOf(zhang), points -> !points.isEmpty());

        MasteryReading.ClassHeatmap heatmap = reading.heatmap(teacher.scope(), threeOne.id().value());

        assertThat(heatmap.points()).extracting(kp -> kp.id()).containsExactly(fractions);
        assertThat(heatmap.rows()).extracting(MasteryReading.ClassHeatmap.Row::name)
                .containsExactlyInAnyOrder("张小明", "李小红");
        assertThat(heatmap.mean(0)).isGreaterThan(PRIOR);
        assertThat(reading.warnings(teacher.scope(), threeOne.id().value()))
                .as("李小红 has not answered anything").extracting(MasteryReading.Warning::name, MasteryReading.Warning::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("李小红", "never"));
        Person elsewhere = schoolElsewhere().teacher("赵强");
        assertThatThrownBy(() -> reading.heatmap(elsewhere.scope(), threeOne.id().value()))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void mastery_figures_give_the_mean_of_each_group_and_hold_back_groups_too_small_to_show(Scenario scenario) {
        scenario.publish(answered(zhang, 105, true, fractions))
                .andWaitForStateChange(() -> mapOf(zhang), points -> !points.isEmpty());
        scenario.publish(answered(li, 106, false, fractions))
                .andWaitForStateChange(() -> mapOf(li), points -> !points.isEmpty());
        double mean = 100 * (masteryOf(zhang, fractions).probability() + masteryOf(li, fractions).probability()) / 2;

        assertThat(figures.byGroup(school.admin(), school.school().path(), 2))
                .filteredOn(group -> group.group() == StudentGroup.URBAN).singleElement()
                .satisfies(urban -> {
                    assertThat(urban.knowledgePointId()).isEqualTo(fractions);
                    assertThat(urban.students()).isEqualTo(2);
                    assertThat(urban.meanPercent()).isCloseTo(mean, org.assertj.core.data.Offset.offset(1e-9));
                    assertThat(urban.suppressed()).isFalse();
                });
        assertThat(figures.byGroup(school.admin(), school.school().path(), 3))
                .as("two students are fewer than the smallest group of three")
                .allSatisfy(group -> {
                    assertThat(group.suppressed()).isTrue();
                    assertThat(group.meanPercent()).isNull();
                });
        Scope anotherSchool = schoolElsewhere().admin();
        assertThatThrownBy(() -> figures.byGroup(anotherSchool, school.school().path(), 2))
                .isInstanceOf(NotFoundException.class);
        assertThat(figures.byGroup(anotherSchool, anotherSchool.adminPaths().iterator().next(), 2)).isEmpty();
    }

    private long knowledgePoint(String code, String name) {
        return curriculum.addKnowledgePoint(Scope.installation(), Subject.MATHEMATICS, Stage.PRIMARY, code, name, null);
    }

    /** What assessment announces when it has scored a quiz answer: full credit or none. */
    private ItemAnswered answered(Person student, long itemId, boolean right, Long... knowledgePoints) {
        return new ItemAnswered(student.id(), school.school().id(), itemId, 1, List.of(knowledgePoints), 2,
                right ? 1.0 : 0.0, false, Instant.now(clock));
    }

    /** The knowledge points the student has answered on, as the student's own mastery map shows them. */
    private List<PointMastery> mapOf(Person student) {
        return reading.forFollowed(student.scope(), student.id()).points();
    }

    private Mastery masteryOf(Person student, long knowledgePoint) {
        return mapOf(student).stream().filter(p -> p.point().id() == knowledgePoint).findFirst().orElseThrow().mastery();
    }

    /** An item on fractions shared in the school, submitted by the teacher and approved by the school. */
    private long reviewedForTheSchool(ItemDrafts.Builder draft) {
        return bank.reviewed(teacher.scope(), school.admin(), draft.on(fractions).sharedIn(Sharing.SCHOOL));
    }

    /** A school in another city, in its term. */
    private SchoolInTerm schoolElsewhere() {
        return SchoolInTerm.open(roster, identity, OrgTree.cityWithDistrict(tenancy, "芜湖市")
                .school("芜湖市城区第" + UUID.randomUUID().toString().substring(0, 4) + "小学"));
    }

    /** Events of the publication registry whose listener has not finished: the redelivery has run when it is 0. */
    private long undeliveredEvents() {
        return jdbc.sql("select count(*) from event_publication where completion_date is null").query(Long.class).single();
    }

    private static Response chosen(String id) {
        return new Response(List.of(id), List.of(), List.of(), Map.of(), "");
    }
}
