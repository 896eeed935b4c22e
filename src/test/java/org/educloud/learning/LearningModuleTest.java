package org.educloud.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.educloud.support.Drafts.anAssignment;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.educloud.identity.IdentityManagement;
import org.educloud.records.LearningActivity;
import org.educloud.records.LearningVerb;
import org.educloud.roster.RosterManagement;
import org.educloud.roster.SchoolClassView;
import org.educloud.roster.StudentId;
import org.educloud.shared.RuleViolationException;
import org.educloud.support.ModuleTestContext;
import org.educloud.support.OrgTree;
import org.educloud.support.SchoolInTerm;
import org.educloud.support.SchoolInTerm.Person;
import org.educloud.tenancy.TenancyManagement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;

/**
 * Homework from the teacher's draft to the student's returned grade, through {@link Assignments},
 * {@link Submissions} and {@link Grading}, and the events the learning module publishes on the way (for the learning
 * records, the gradebook and the people told). Learning and the modules it builds on are in the context, on an empty
 * database: one class of two students.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@ModuleTestContext
class LearningModuleTest {

    @Autowired
    Assignments assignments;
    @Autowired
    Submissions submissions;
    @Autowired
    Grading grading;
    @Autowired
    Notifications notifications;
    @Autowired
    TenancyManagement tenancy;
    @Autowired
    IdentityManagement identity;
    @Autowired
    RosterManagement roster;
    @Autowired
    Clock clock;

    Person teacher;
    Person zhang;
    Person li;
    SchoolClassView threeOne;

    @BeforeEach
    void aClassOfTwo() {
        SchoolInTerm school = SchoolInTerm.open(roster, identity,
                OrgTree.cityWithDistrict(tenancy, "苏州市").school("苏州市城区第" + UUID.randomUUID().toString().substring(0, 4) + "小学"));
        teacher = school.teacher("王芳");
        zhang = school.student("张小明");
        li = school.student("李小红");
        threeOne = school.homeroom(3, "三年级(1)班", teacher, List.of(zhang, li));
    }

    @Test
    void published_homework_is_announced_and_its_students_are_told(Scenario scenario) {
        AssignmentId id = draft("口算练习");

        scenario.stimulate(() -> assignments.publish(teacher.scope(), id))
                .andWaitForEventOfType(AssignmentPublished.class)
                .toArriveAndVerify(published -> {
                    assertThat(published.assignmentId()).isEqualTo(id);
                    assertThat(published.classId()).isEqualTo(threeOne.id());
                });
        scenario.stimulate(() -> { })
                .andWaitForStateChange(() -> notifications.unread(zhang.account()), unread -> unread > 0)
                .andVerify(unread -> assertThat(notifications.list(zhang.scope(), 0, 10).items())
                        .extracting(NotificationView::subject).anySatisfy(subject -> assertThat(subject).contains("口算练习")));
    }

    @Test
    void a_hand_in_is_received_and_recorded_as_learning_activity(Scenario scenario) {
        AssignmentId id = published("看图写话");

        scenario.stimulate(() -> submissions.submit(zhang.scope(), id, UUID.randomUUID(), "<p>春天来了</p>", List.of()))
                .andWaitForEventOfType(LearningActivity.class)
                .matching(activity -> activity.verb() == LearningVerb.SUBMITTED)
                .toArriveAndVerify((activity, handedIn) -> {
                    assertThat(activity.personId()).isEqualTo(zhang.id());
                    assertThat(activity.classId()).isEqualTo(threeOne.id());
                    assertThat(handedIn.attempt()).isEqualTo(1);
                    assertThat(handedIn.late()).isFalse();
                });
    }

    @Test
    void a_grade_reaches_the_student_only_when_it_is_returned(Scenario scenario) {
        AssignmentId id = published("分数练习");
        submissions.submit(zhang.scope(), id, UUID.randomUUID(), "<p>3/4</p>", List.of());

        grading.grade(teacher.scope(), id, StudentId.of(zhang.id()),
                new GradeDraft(new BigDecimal("92"), null, "<p>很好</p>"), null);
        assertThat(submissions.mine(zhang.scope(), id).getFirst().grade()).as("given, not yet returned").isNull();

        scenario.stimulate(() -> grading.release(teacher.scope(), id))
                .andWaitForEventOfType(SubmissionGraded.class)
                .toArriveAndVerify((graded, released) -> {
                    assertThat(released).isEqualTo(1);
                    assertThat(graded.studentId()).isEqualTo(StudentId.of(zhang.id()));
                    assertThat(graded.score()).isEqualByComparingTo("92");
                });
        assertThat(submissions.mine(zhang.scope(), id).getFirst().grade().score()).isEqualByComparingTo("92");
    }

    @Test
    void the_grading_sheet_lists_every_student_of_the_class_with_their_work() {
        AssignmentId id = published("古诗背诵");
        submissions.submit(li.scope(), id, UUID.randomUUID(), "<p>床前明月光</p>", List.of());

        assertThat(grading.sheet(teacher.scope(), id))
                .extracting(StudentWork::studentName, work -> work.attempts().size())
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("张小明", 0),
                        org.assertj.core.groups.Tuple.tuple("李小红", 1));
    }

    @Test
    void homework_without_resubmission_takes_one_hand_in() {
        AssignmentId id = published("单词听写");
        submissions.submit(zhang.scope(), id, UUID.randomUUID(), "<p>apple</p>", List.of());

        assertThatThrownBy(() -> submissions.submit(zhang.scope(), id, UUID.randomUUID(), "<p>apple pie</p>", List.of()))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void a_hand_in_sent_twice_with_one_token_is_one_attempt() {
        AssignmentId id = published("应用题");
        UUID token = UUID.randomUUID();

        SubmissionView first = submissions.submit(zhang.scope(), id, token, "<p>12</p>", List.of());
        SubmissionView again = submissions.submit(zhang.scope(), id, token, "<p>12</p>", List.of());

        assertThat(again.id()).isEqualTo(first.id());
    }

    private AssignmentId published(String title) {
        AssignmentId id = draft(title);
        assignments.publish(teacher.scope(), id);
        return id;
    }

    private AssignmentId draft(String title) {
        LocalDateTime now = LocalDateTime.now(clock);
        return assignments.set(teacher.scope(), anAssignment().forClass(threeOne.id().value()).titled(title)
                .open(now.minusHours(1), now.plusDays(3)).outOf("100").build()).getFirst();
    }
}
