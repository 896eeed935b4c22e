package org.educloud.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import org.educloud.assessment.attempts.AttemptSheet;
import org.educloud.assessment.attempts.Attempts;
import org.educloud.assessment.attempts.StudentQuiz;
import org.educloud.assessment.items.ItemBank;
import org.educloud.assessment.items.ItemFilter;
import org.educloud.identity.IdentityManagement;
import org.educloud.library.ReviewStatus;
import org.educloud.shared.Scope;
import org.educloud.support.EduCloudTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo shows the assessment module with data: a school bank on fractions and a quiz the class took. */
@EduCloudTest
class DemoAssessmentTest {

    @Autowired
    IdentityManagement identity;
    @Autowired
    ItemBank bank;
    @Autowired
    Attempts attempts;

    private Scope demo(String username) {
        return identity.scopeOf(identity.accountNamed(username).orElseThrow());
    }

    @Test
    void theSchoolBankHoldsSixtyApprovedFractionItemsThatAnotherTeacherOfTheSchoolReaches() {
        assertThat(bank.search(demo("teacher.wang"), ItemFilter.none(), 0, 10).total()).isGreaterThanOrEqualTo(60);
        ItemFilter published = new ItemFilter(null, null, null, null, null, null, null, ReviewStatus.PUBLISHED, null);
        assertThat(bank.search(demo("shiyan.admin"), published, 0, 10).total()).isGreaterThanOrEqualTo(60);
        assertThat(bank.search(demo("teacher.li"), published, 0, 10).total()).as("another school's teacher").isZero();
    }

    @Test
    void zhangXiaomingHasTakenTheUnitQuizAndHasAPracticeQuizOpen() {
        var quizzes = attempts.myQuizzes(demo("student.zhang"));
        assertThat(quizzes).extracting(StudentQuiz::title)
                .contains("第八单元 分数的初步认识 单元小测", "同分母分数加减 课后练习");
        StudentQuiz unit = quizzes.stream().filter(q -> q.title().contains("单元小测")).findFirst().orElseThrow();
        assertThat(unit.attempts()).singleElement().satisfies(a -> assertThat(a.score()).isNotNull());
        var sheet = attempts.sheet(demo("student.zhang"), unit.attempts().getFirst().id());
        assertThat(sheet.items()).extracting(AttemptSheet.SheetItem::type).as("one of every kind a paper has")
                .contains(ItemType.SINGLE_CHOICE, ItemType.TRUE_FALSE, ItemType.MULTIPLE_CHOICE, ItemType.ORDERING,
                        ItemType.MATCHING, ItemType.FILL_BLANK, ItemType.SHORT_ANSWER);
        assertThat(quizzes.stream().filter(q -> q.title().contains("课后练习")).findFirst().orElseThrow().mayStart())
                .isTrue();
    }
}
