package org.educloud.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import org.educloud.identity.IdentityManagement;
import org.educloud.learning.gradebook.Gradebook;
import org.educloud.learning.gradebook.GradebookView;
import org.educloud.roster.ClassId;
import org.educloud.roster.StudentId;
import org.educloud.shared.Role;
import org.educloud.shared.Scope;
import org.educloud.support.EduCloudTest;
import org.educloud.support.TenantFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Grade columns from other sources: a newer score replaces an older one and never the other way round, a column
 * past due without a score is missed work, and a withdrawn column leaves the gradebook.
 */
@EduCloudTest
class ExternalGradesTest {

    @Autowired
    TenantFixture fixture;
    @Autowired
    IdentityManagement identity;
    @Autowired
    ExternalGrades grades;
    @Autowired
    MissingWork missingWork;
    @Autowired
    Gradebook gradebook;

    private Scope teacher() {
        return identity.scopeOf(fixture.a().person(Role.TEACHER));
    }

    private GradebookView.Cell cell(String title) {
        GradebookView book = gradebook.of(teacher(), fixture.a().classId());
        int column = book.columns().stream().map(GradebookView.Column::title).toList().indexOf(title);
        return book.lines().stream().filter(l -> l.studentId() == fixture.a().studentId()).findFirst().orElseThrow()
                .columnCells().get(column);
    }

    @Test
    void aLateArrivingOlderScoreNeverReplacesANewerOne() {
        ClassId classId = ClassId.of(fixture.a().classId());
        StudentId student = StudentId.of(fixture.a().studentId());
        grades.putLineItem(GradeSource.LTI, "tool-1/line-7", classId, "在线实验：浮力", new BigDecimal("20"),
                Instant.now().plus(Duration.ofDays(3)), null);
        Instant first = Instant.now();
        assertThat(grades.putScore(GradeSource.LTI, "tool-1/line-7", classId, student, new BigDecimal("15"), true,
                first.plusSeconds(60))).isTrue();
        assertThat(grades.putScore(GradeSource.LTI, "tool-1/line-7", classId, student, new BigDecimal("11"), true,
                first)).as("older").isFalse();
        assertThat(cell("在线实验：浮力").score()).isEqualByComparingTo("15");
        assertThat(grades.putScore(GradeSource.LTI, "no-such-line", classId, student, BigDecimal.ONE, true, first))
                .as("a score for a column nobody put").isFalse();

        assertThatThrownBy(() -> grades.putLineItem(GradeSource.LTI, "tool-1/line-8", classId, "脚本", BigDecimal.ONE,
                null, "javascript:alert(1)")).as("a link the gradebook would run").isInstanceOf(
                IllegalArgumentException.class);

        assertThat(grades.withdraw(GradeSource.LTI, "tool-1/line-7")).isEqualTo(1);
        assertThat(gradebook.of(teacher(), fixture.a().classId()).columns())
                .extracting(GradebookView.Column::title).doesNotContain("在线实验：浮力");
    }

    @Test
    void aQuizColumnPastDueWithoutAScoreIsMissedWorkAndMarkedInTheGradebook() {
        ClassId classId = ClassId.of(fixture.a().classId());
        grades.putLineItem(GradeSource.QUIZ, "past-quiz-test", classId, "已截止的测验", BigDecimal.TEN,
                Instant.now().minus(Duration.ofHours(2)), "/assessment/quizzes/0/results");
        assertThat(missingWork.ofClass(teacher(), classId))
                .filteredOn(m -> m.studentId().value() == fixture.a().studentId() && m.title().equals("已截止的测验"))
                .singleElement().satisfies(m -> assertThat(m.kind()).isEqualTo(MissedWork.Kind.QUIZ));
        assertThat(cell("已截止的测验").missing()).isTrue();

        grades.putScore(GradeSource.QUIZ, "past-quiz-test", classId, StudentId.of(fixture.a().studentId()),
                new BigDecimal("7"), true, Instant.now());
        assertThat(missingWork.ofClass(teacher(), classId)).as("taken at last")
                .noneMatch(m -> m.studentId().value() == fixture.a().studentId() && m.title().equals("已截止的测验"));
        grades.withdraw(GradeSource.QUIZ, "past-quiz-test");
    }
}
