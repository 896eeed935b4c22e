package org.educloud.equity.digital;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.educloud.learning.SubmissionGraded;
import org.educloud.support.EduCloudTest;
import org.educloud.support.TenantFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Returned grades are tallied by school, due day and attributes, and a correction counts only its difference. */
@EduCloudTest
class OutcomeTallyTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Autowired
    OutcomeTally tally;
    @Autowired
    TenantFixture fixture;

    @Test
    void aGradeIsCountedOnceAndACorrectionAddsOnlyTheDifference() throws InterruptedException {
        var school = fixture.b().school();
        Instant due = Instant.parse("2026-03-10T01:00:00Z");
        LocalDate day = LocalDate.ofInstant(due, ZONE);
        List<OutcomeTally.Tally> before = tally.under(school.path(), day, day);
        tally.on(graded(school.id(), 9_100_001L, "8", null, due));
        tally.on(graded(school.id(), 9_100_002L, "6", null, due));
        tally.on(graded(school.id(), 9_100_002L, "9", "6", due));
        long grades = before.stream().mapToLong(OutcomeTally.Tally::grades).sum();
        double shares = before.stream().mapToDouble(OutcomeTally.Tally::shareSum).sum();
        // the listener runs on its own thread, as it does after a grading transaction commits
        Instant deadline = Instant.now().plusSeconds(20);
        OutcomeTally.Tally after = plain(school.path(), day);
        while ((after == null || after.grades() - grades < 2 || after.shareSum() - shares < 1.69)
                && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
            after = plain(school.path(), day);
        }
        assertThat(after).isNotNull();
        long students = before.stream().mapToLong(OutcomeTally.Tally::students).sum();
        assertThat(after.grades() - grades).isEqualTo(2);
        assertThat(after.shareSum() - shares).isCloseTo(0.8 + 0.9, within(1e-6));
        assertThat(after.students() - students).isEqualTo(2);
    }

    @Test
    void theFixturesReturnedGradeReachedTheTallyThroughTheEvent() throws InterruptedException {
        var school = fixture.a().school();
        LocalDate today = LocalDate.now(ZONE);
        Instant deadline = Instant.now().plusSeconds(20);
        while (tally.under(school.path(), today.minusDays(400), today.plusDays(400)).isEmpty()
                && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        assertThat(tally.under(school.path(), today.minusDays(400), today.plusDays(400)))
                .anySatisfy(t -> assertThat(t.grades()).isPositive());
    }

    private OutcomeTally.Tally plain(org.educloud.shared.OrgPath path, LocalDate day) {
        return tally.under(path, day, day).stream().filter(t -> !t.leftBehind() && !t.migrant() && !t.disability())
                .findFirst().orElse(null);
    }

    private static SubmissionGraded graded(org.educloud.shared.OrgId school, long student, String score,
                                           String replaced, Instant due) {
        return new SubmissionGraded(1, org.educloud.learning.AssignmentId.of(1), "作业", org.educloud.roster.ClassId.of(1), school,
                org.educloud.roster.StudentId.of(student), new BigDecimal(score), BigDecimal.TEN,
                due.plusSeconds(86_400), due, replaced == null ? null : new BigDecimal(replaced));
    }
}
