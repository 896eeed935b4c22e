package org.educloud.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.educloud.roster.ClassId;
import org.educloud.shared.Scope;
import org.educloud.support.EduCloudTest;
import org.educloud.support.TenantFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Platform modules publish learning activity; the records module turns it into statements and daily figures. */
@EduCloudTest
class LearningActivityRecordingTest {

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    TenantFixture fixture;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    LearningRecords records;

    @Test
    void aPublishedActivityBecomesOneStatementAndIsCountedOnceEvenWhenDeliveredTwice() throws Exception {
        long person = 9_000_000L + (long) (Math.random() * 1_000_000);
        Instant at = Instant.parse("2026-11-20T02:30:00.123456789Z");
        LearningActivity activity = new LearningActivity(UUID.randomUUID(), person, fixture.a().school().id(),
                ClassId.of(77), LearningVerb.COMPLETED,
                new LearningActivity.LearningObject(LearningObjectKind.QUIZ, "314", "分数的初步认识 单元测验",
                        "Fractions quiz", 12L),
                new LearningActivity.Outcome(0.85, 17.0, 20.0, true, true, Duration.ofMinutes(25)), null, at);

        transactions.executeWithoutResult(tx -> events.publishEvent(activity));
        awaitStatement(activity.id());
        transactions.executeWithoutResult(tx -> events.publishEvent(activity));
        Thread.sleep(500);
        awaitNoIncompletePublications();

        String body = jdbc.sql("SELECT body::text FROM records.statement WHERE id = ?").param(activity.id())
                .query(String.class).single();
        assertThat(body.replace(" ", "")).contains("\"name\":\"person:" + person + "\"")
                .contains(LearningVerb.COMPLETED.iri())
                .contains("/activities/quizzes/314")
                .contains("\"scaled\":0.85")
                .contains("\"duration\":\"PT25M\"")
                .contains("\"timestamp\":\"2026-11-20T02:30:00.123Z\"");
        assertThat(jdbc.sql("SELECT statements, completed, seconds FROM records.daily_student_activity "
                        + "WHERE person_id = ?").param(person)
                .query((rs, n) -> rs.getLong(1) + "/" + rs.getLong(2) + "/" + rs.getLong(3)).single())
                .isEqualTo("1/1/1500");
        LocalDate day = LocalDate.ofInstant(at, ZoneId.of("Asia/Shanghai"));
        assertThat(records.schoolDays(Scope.installation(), fixture.a().school().path(), day, day))
                .anySatisfy(d -> assertThat(d.schoolId()).isEqualTo(fixture.a().school().id().value()));
    }

    @Test
    void aSchoolsDayCountsEachActiveStudentOnceHoweverMuchTheyDo() throws Exception {
        Instant at = Instant.parse("2026-10-13T03:00:00Z");
        LocalDate day = LocalDate.ofInstant(at, ZoneId.of("Asia/Shanghai"));
        long before = studentDays(day);
        long keen = 8_000_000L + (long) (Math.random() * 1_000_000);
        for (long person : new long[] {keen, keen, keen + 1}) {
            LearningActivity activity = new LearningActivity(UUID.randomUUID(), person, fixture.a().school().id(),
                    ClassId.of(77), LearningVerb.VIEWED, new LearningActivity.LearningObject(LearningObjectKind.RESOURCE, "9",
                    "几分之一", "Fractions", null), null, null, at);
            transactions.executeWithoutResult(tx -> events.publishEvent(activity));
            awaitStatement(activity.id());
        }
        assertThat(studentDays(day) - before).isEqualTo(2);
    }

    @Test
    void aWholeMonthIsReadFromItsMonthlyTotalAndCountsWhatItsDaysCount() throws Exception {
        LocalDate day = LocalDate.of(2026, 10, 21);
        LocalDate first = day.withDayOfMonth(1);
        LocalDate last = day.withDayOfMonth(day.lengthOfMonth());
        long monthBefore = studentDays(first, last);
        long dayBefore = studentDays(day, day);
        long person = 7_000_000L + (long) (Math.random() * 1_000_000);
        LearningActivity activity = new LearningActivity(UUID.randomUUID(), person, fixture.a().school().id(),
                ClassId.of(77), LearningVerb.VIEWED, new LearningActivity.LearningObject(LearningObjectKind.RESOURCE, "9", "几分之一",
                "Fractions", null), null, null, Instant.parse("2026-10-21T03:00:00Z"));
        transactions.executeWithoutResult(tx -> events.publishEvent(activity));
        awaitStatement(activity.id());
        assertThat(studentDays(first, last) - monthBefore).isEqualTo(1);
        assertThat(studentDays(day, day) - dayBefore).isEqualTo(1);
        assertThat(studentDays(first.minusDays(3), last.plusDays(2)) - studentDays(first.minusDays(3), first.minusDays(1))
                - studentDays(last.plusDays(1), last.plusDays(2))).isEqualTo(studentDays(first, last));
    }

    private long studentDays(LocalDate from, LocalDate to) {
        return records.schoolPeriods(Scope.installation(), fixture.a().school().path(), from, to).stream()
                .mapToLong(p -> p.studentDays()).sum();
    }

    private long studentDays(LocalDate day) {
        return records.schoolPeriods(Scope.installation(), fixture.a().school().path(), day, day).stream()
                .mapToLong(LearningRecords.SchoolPeriod::studentDays).sum();
    }

    private void awaitStatement(UUID id) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            if (jdbc.sql("SELECT count(*) FROM records.statement WHERE id = ?").param(id).query(Long.class)
                    .single() > 0) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the learning activity was not recorded within 10 s");
    }

    private void awaitNoIncompletePublications() throws InterruptedException {
        // 30 s: listener threads are few and shared by every module, and the demo's events may still be queued
        for (int i = 0; i < 300; i++) {
            if (jdbc.sql("SELECT count(*) FROM event_publication WHERE completion_date IS NULL "
                    + "AND event_type LIKE '%LearningActivity'").query(Long.class).single() == 0) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the learning activity events were not completed within 30 s");
    }
}
