package org.educloud.learning.courses;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.educloud.shared.OrgPath;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Teachers enrolled in courses as learners (by a training programme), the lessons they learnt, and completion. */
@Component
public class TeacherLearnerStore {

    /** A teacher-learner's standing in one course: its lessons, those learnt, and when the last one was. */
    public record Standing(long courseId, int lessons, int done, @Nullable Instant completedAt) {
    }

    private final JdbcClient jdbc;

    TeacherLearnerStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Enrolling twice is enrolling once. */
    public void enrol(long courseId, long teacher, Instant at) {
        jdbc.sql("""
                        INSERT INTO learning.course_teacher_learner (course_id, teacher_account, enrolled_at)
                        VALUES (?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(courseId, teacher, Timestamp.from(at)).update();
    }

    public boolean enrolled(long courseId, long teacher) {
        return jdbc.sql("SELECT count(*) > 0 FROM learning.course_teacher_learner WHERE course_id = ? AND teacher_account = ?")
                .params(courseId, teacher).query(Boolean.class).single();
    }

    public List<Long> doneLessons(long courseId, long teacher) {
        return jdbc.sql("SELECT lesson_id FROM learning.teacher_lesson_done WHERE course_id = ? AND teacher_account = ?")
                .params(courseId, teacher).query(Long.class).list();
    }

    /**
     * Marks a lesson learnt; true only when this completes the course for the teacher for the first time, so the
     * completion is announced once.
     */
    public boolean markDone(long lessonId, long courseId, long teacher, Instant at) {
        jdbc.sql("""
                        INSERT INTO learning.teacher_lesson_done (lesson_id, teacher_account, course_id, done_at)
                        VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(lessonId, teacher, courseId, Timestamp.from(at)).update();
        return jdbc.sql("""
                        UPDATE learning.course_teacher_learner SET completed_at = ?
                        WHERE course_id = ? AND teacher_account = ? AND completed_at IS NULL
                          AND NOT EXISTS (SELECT 1 FROM learning.lesson l WHERE l.course_id = ?
                              AND NOT EXISTS (SELECT 1 FROM learning.teacher_lesson_done d
                                              WHERE d.lesson_id = l.id AND d.teacher_account = ?))""")
                .params(Timestamp.from(at), courseId, teacher, courseId, teacher).update() == 1;
    }

    /** The teacher's standing in each of the courses they are enrolled in among those asked about. */
    public List<Standing> standings(long teacher, Collection<Long> courseIds) {
        if (courseIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT t.course_id,
                               (SELECT count(*) FROM learning.lesson l WHERE l.course_id = t.course_id),
                               (SELECT count(*) FROM learning.teacher_lesson_done d
                                WHERE d.course_id = t.course_id AND d.teacher_account = t.teacher_account),
                               t.completed_at
                        FROM learning.course_teacher_learner t
                        WHERE t.teacher_account = ? AND t.course_id = ANY (?)""")
                .params(teacher, courseIds.toArray(Long[]::new))
                .query((rs, n) -> new Standing(rs.getLong(1), rs.getInt(2), rs.getInt(3),
                        rs.getTimestamp(4) == null ? null : rs.getTimestamp(4).toInstant()))
                .list();
    }

    /** Published courses whose sharing reaches every school under the node (the node itself or wider). */
    public List<CourseRow> reaching(OrgPath node) {
        return jdbc.sql("SELECT " + CourseStore.COLUMNS + " FROM learning.course c WHERE c.status = 'PUBLISHED' "
                        + "AND c.sharing <> 'OWN_CLASSES' AND ? LIKE c.share_path || '%' ORDER BY c.title, c.id")
                .param(node.value()).query(CourseStore::row).list();
    }
}
