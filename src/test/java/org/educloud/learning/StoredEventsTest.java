package org.educloud.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import org.educloud.roster.ClassId;
import org.educloud.roster.StudentId;
import org.educloud.shared.OrgId;
import org.educloud.support.EduCloudTest;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.events.core.EventSerializer;

/**
 * The event publication registry keeps undelivered events as JSON and delivers them again after a restart, so an
 * event the version before typed ids stored (class, student, assignment and course ids as bare numbers) must still be
 * read by this one, and this one must store them as the same bare numbers.
 */
@EduCloudTest
class StoredEventsTest {

    private static final Instant DUE = Instant.parse("2026-11-30T10:00:00Z");
    private static final Instant NOW = Instant.parse("2026-12-01T02:00:00Z");

    @Autowired
    EventSerializer serializer;

    // the events as the version before typed ids declared them
    record OldAssignmentPublished(long assignmentId, long classId, OrgId school, String title, long teacherAccount,
                                  Instant dueAt, Instant publishedAt) {
    }

    record OldSubmissionReceived(long submissionId, long assignmentId, String title, long classId, OrgId school,
                                 long studentId, int attempt, boolean late, Instant submittedAt) {
    }

    record OldSubmissionGraded(long submissionId, long assignmentId, String title, long classId, OrgId school,
                               long studentId, BigDecimal score, BigDecimal maxScore, Instant releasedAt,
                               Instant dueAt, @Nullable BigDecimal replacedScore) {
    }

    record OldCourseCompleted(long courseId, String title, long studentId, OrgId school, long classId,
                              Instant completedAt) {
    }

    @Test
    void aGradeStoredWithBareIdsIsReadWithTypedIds() {
        String stored = """
                {"submissionId":7,"assignmentId":3,"title":"口算练习","classId":42,"school":5,"studentId":1001,
                 "score":9,"maxScore":10,"releasedAt":"2026-12-01T02:00:00Z","dueAt":"2026-11-30T10:00:00Z",
                 "replacedScore":null}""";

        SubmissionGraded graded = serializer.deserialize(stored, SubmissionGraded.class);

        assertThat(graded.assignmentId()).isEqualTo(AssignmentId.of(3));
        assertThat(graded.classId()).isEqualTo(ClassId.of(42));
        assertThat(graded.studentId()).isEqualTo(StudentId.of(1001));
        assertThat(graded.school()).isEqualTo(OrgId.of(5));
        assertThat(graded.score()).isEqualByComparingTo("9");
        assertThat(graded.releasedAt()).isEqualTo(NOW);
    }

    @Test
    void everyEventWithTypedIdsIsReadFromWhatTheOldVersionStored() {
        OrgId school = OrgId.of(5);
        assertThat(serializer.deserialize(serializer.serialize(
                new OldAssignmentPublished(3, 42, school, "口算练习", 77, DUE, NOW)), AssignmentPublished.class))
                .isEqualTo(new AssignmentPublished(AssignmentId.of(3), ClassId.of(42), school, "口算练习", 77, DUE,
                        NOW));
        assertThat(serializer.deserialize(serializer.serialize(
                new OldSubmissionReceived(7, 3, "口算练习", 42, school, 1001, 2, true, NOW)), SubmissionReceived.class))
                .isEqualTo(new SubmissionReceived(7, AssignmentId.of(3), "口算练习", ClassId.of(42), school,
                        StudentId.of(1001), 2, true, NOW));
        assertThat(serializer.deserialize(serializer.serialize(new OldSubmissionGraded(7, 3, "口算练习", 42, school, 1001,
                new BigDecimal("9"), BigDecimal.TEN, NOW, DUE, new BigDecimal("6"))), SubmissionGraded.class))
                .isEqualTo(new SubmissionGraded(7, AssignmentId.of(3), "口算练习", ClassId.of(42), school,
                        StudentId.of(1001), new BigDecimal("9"), BigDecimal.TEN, NOW, DUE, new BigDecimal("6")));
        assertThat(serializer.deserialize(serializer.serialize(
                new OldCourseCompleted(11, "乘法口诀", 1001, school, 42, NOW)), CourseCompleted.class))
                .isEqualTo(new CourseCompleted(CourseId.of(11), "乘法口诀", StudentId.of(1001), school, ClassId.of(42),
                        NOW));
    }

    @Test
    void typedIdsAreStoredAsTheBareNumbersTheOldVersionWrote() {
        OrgId school = OrgId.of(5);
        var graded = new SubmissionGraded(7, AssignmentId.of(3), "口算练习", ClassId.of(42), school,
                StudentId.of(1001), new BigDecimal("9"), BigDecimal.TEN, NOW, DUE, null);
        var old = new OldSubmissionGraded(7, 3, "口算练习", 42, school, 1001, new BigDecimal("9"), BigDecimal.TEN, NOW,
                DUE, null);

        Object stored = serializer.serialize(graded);

        assertThat(stored).isEqualTo(serializer.serialize(old));
        assertThat(serializer.deserialize(stored, SubmissionGraded.class)).isEqualTo(graded);
        var completed = new CourseCompleted(CourseId.of(11), "乘法口诀", StudentId.of(1001), school, ClassId.of(42),
                NOW);
        assertThat(serializer.serialize(completed))
                .isEqualTo(serializer.serialize(new OldCourseCompleted(11, "乘法口诀", 1001, school, 42, NOW)));
        assertThat(serializer.deserialize(serializer.serialize(completed), CourseCompleted.class)).isEqualTo(completed);
    }
}
