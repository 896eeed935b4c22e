package org.educloud.learning.courses;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.educloud.learning.CourseSharing;
import org.educloud.library.Subject;
import org.educloud.shared.OrgId;
import org.educloud.shared.OrgPath;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads and writes courses, their units and lessons, the classes they are attached to and lessons learnt. */
@Component
public class CourseStore {

    /** A lesson as stored. */
    public record LessonRow(long id, long courseId, long unitId, int position, String title, String body,
                     List<Long> resourceIds, @Nullable String linkUrl) {
    }

    /** A unit as stored. */
    public record UnitRow(long id, long courseId, int position, String title) {
    }

    static final String COLUMNS = "c.id, c.school_id, c.school_path, c.owner_account, c.owner_name, c.title, "
            + "c.description, c.subject, c.grade, c.status, c.sharing, c.share_path, c.updated_at";

    private final JdbcClient jdbc;

    CourseStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(CourseRow c, Instant now) {
        return jdbc.sql("""
                        INSERT INTO learning.course (school_id, school_path, owner_account, owner_name, title, description,
                            subject, grade, status, sharing, share_path, created_at, updated_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'DRAFT', ?, ?, ?, ?) RETURNING id""")
                .params(c.schoolId().value(), c.schoolPath().value(), c.ownerAccount(), c.ownerName(), c.title(),
                        c.description(), c.subject() == null ? null : c.subject().name(), c.grade(),
                        c.sharing().name(), c.sharePath().value(), Timestamp.from(now), Timestamp.from(now))
                .query(Long.class).single();
    }

    public void revise(long id, String title, String description, @Nullable Subject subject, @Nullable Integer grade,
                CourseSharing sharing, OrgPath sharePath, Instant now) {
        jdbc.sql("UPDATE learning.course SET title = ?, description = ?, subject = ?, grade = ?, sharing = ?, "
                        + "share_path = ?, updated_at = ? WHERE id = ?")
                .params(title, description, subject == null ? null : subject.name(), grade, sharing.name(),
                        sharePath.value(), Timestamp.from(now), id).update();
    }

    public void publish(long id, Instant now) {
        jdbc.sql("UPDATE learning.course SET status = 'PUBLISHED', updated_at = ? WHERE id = ?")
                .params(Timestamp.from(now), id).update();
    }

    public Optional<CourseRow> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM learning.course c WHERE c.id = ?").param(id)
                .query(CourseStore::row).optional();
    }

    /** Courses the account owns, or attached to any of these classes (published only, unless owned). */
    public List<CourseRow> ownedOrAttached(long account, Collection<Long> classIds) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM learning.course c WHERE c.owner_account = ? OR (c.status = 'PUBLISHED' "
                        + "AND EXISTS (SELECT 1 FROM learning.course_class cc WHERE cc.course_id = c.id "
                        + "AND cc.class_id = ANY(CAST(? AS bigint[])))) ORDER BY c.updated_at DESC LIMIT 200")
                .params(account, classIds.toArray(Long[]::new)).query(CourseStore::row).list();
    }

    /** Published courses owned under these paths (an admin's reach). */
    public List<CourseRow> under(Collection<OrgPath> paths) {
        if (paths.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM learning.course c WHERE c.status = 'PUBLISHED' "
                        + "AND c.school_path LIKE ANY(CAST(? AS text[])) ORDER BY c.updated_at DESC LIMIT 200")
                .param(paths.stream().map(OrgPath::likePattern).toArray(String[]::new))
                .query(CourseStore::row).list();
    }

    /** Published courses of other owners shared with a school at one of these paths. */
    public List<CourseRow> sharedWith(long account, Collection<OrgPath> schools) {
        if (schools.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM learning.course c WHERE c.status = 'PUBLISHED' "
                        + "AND c.sharing <> 'OWN_CLASSES' AND c.owner_account <> ? "
                        + "AND EXISTS (SELECT 1 FROM unnest(CAST(? AS text[])) s WHERE s LIKE c.share_path || '%') "
                        + "ORDER BY c.updated_at DESC LIMIT 200")
                .params(account, schools.stream().map(OrgPath::value).toArray(String[]::new))
                .query(CourseStore::row).list();
    }

    /** The classes each course is attached to: class id → class name, by course. */
    public Map<Long, Map<Long, String>> classes(Collection<Long> courseIds) {
        Map<Long, Map<Long, String>> classes = new HashMap<>();
        if (courseIds.isEmpty()) {
            return classes;
        }
        jdbc.sql("SELECT course_id, class_id, class_name FROM learning.course_class "
                        + "WHERE course_id = ANY(CAST(? AS bigint[])) ORDER BY class_name")
                .param(courseIds.toArray(Long[]::new))
                .query(rs -> {
                    classes.computeIfAbsent(rs.getLong(1), id -> new java.util.LinkedHashMap<>())
                            .put(rs.getLong(2), rs.getString(3));
                });
        return classes;
    }

    /** School paths of the classes a course is attached to (an admin of any of them may read it). */
    public List<OrgPath> classSchools(long courseId) {
        return jdbc.sql("SELECT DISTINCT school_path FROM learning.course_class WHERE course_id = ?").param(courseId)
                .query(String.class).list().stream().map(OrgPath::new).toList();
    }

    public boolean attach(long courseId, long classId, String className, OrgPath school, long teacher, Instant now) {
        return jdbc.sql("INSERT INTO learning.course_class (course_id, class_id, class_name, school_path, "
                        + "teacher_account, attached_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")
                .params(courseId, classId, className, school.value(), teacher, Timestamp.from(now)).update() == 1;
    }

    /** Whether the lesson's course is attached to every one of these classes. */
    public boolean lessonAttachedToAll(long lessonId, Collection<Long> classIds) {
        return jdbc.sql("SELECT count(DISTINCT cc.class_id) FROM learning.lesson l JOIN learning.course_class cc "
                        + "ON cc.course_id = l.course_id WHERE l.id = ? AND cc.class_id = ANY(CAST(? AS bigint[]))")
                .params(lessonId, classIds.toArray(Long[]::new)).query(Long.class).single()
                == classIds.stream().distinct().count();
    }

    public long addUnit(long courseId, String title) {
        return jdbc.sql("INSERT INTO learning.course_unit (course_id, position, title) VALUES (?, "
                        + "(SELECT coalesce(max(position), 0) + 1 FROM learning.course_unit WHERE course_id = ?), ?) "
                        + "RETURNING id")
                .params(courseId, courseId, title).query(Long.class).single();
    }

    public long addLesson(long courseId, long unitId, String title, String body, List<Long> resourceIds,
                   @Nullable String linkUrl) {
        return jdbc.sql("INSERT INTO learning.lesson (course_id, unit_id, position, title, body, resource_ids, link_url) "
                        + "VALUES (?, ?, (SELECT coalesce(max(position), 0) + 1 FROM learning.lesson WHERE unit_id = ?), "
                        + "?, ?, CAST(? AS bigint[]), ?) RETURNING id")
                .params(courseId, unitId, unitId, title, body, resourceIds.toArray(Long[]::new), linkUrl)
                .query(Long.class).single();
    }

    public void reviseLesson(long lessonId, String title, String body, List<Long> resourceIds, @Nullable String linkUrl) {
        jdbc.sql("UPDATE learning.lesson SET title = ?, body = ?, resource_ids = CAST(? AS bigint[]), link_url = ? "
                        + "WHERE id = ?")
                .params(title, body, resourceIds.toArray(Long[]::new), linkUrl, lessonId).update();
    }

    public List<UnitRow> units(long courseId) {
        return jdbc.sql("SELECT id, course_id, position, title FROM learning.course_unit WHERE course_id = ? "
                        + "ORDER BY position, id")
                .param(courseId)
                .query((rs, n) -> new UnitRow(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getString(4))).list();
    }

    public List<LessonRow> lessons(long courseId) {
        return jdbc.sql("SELECT id, course_id, unit_id, position, title, body, resource_ids, link_url "
                        + "FROM learning.lesson WHERE course_id = ? ORDER BY position, id")
                .param(courseId).query(CourseStore::lesson).list();
    }

    public Optional<LessonRow> lesson(long lessonId) {
        return jdbc.sql("SELECT id, course_id, unit_id, position, title, body, resource_ids, link_url "
                        + "FROM learning.lesson WHERE id = ?")
                .param(lessonId).query(CourseStore::lesson).optional();
    }

    /** Swaps a unit (or, with {@code lessons}, a lesson) with its neighbour before or after it. */
    public void move(String table, String group, long groupId, long id, boolean earlier) {
        // table and group are constants chosen by the caller, never user input
        List<long[]> siblings = jdbc.sql("SELECT id, position FROM learning." + table + " WHERE " + group
                        + " = ? ORDER BY position, id")
                .param(groupId).query((rs, n) -> new long[] {rs.getLong(1), rs.getInt(2)}).list();
        for (int i = 0; i < siblings.size(); i++) {
            if (siblings.get(i)[0] == id) {
                int other = earlier ? i - 1 : i + 1;
                if (other < 0 || other >= siblings.size()) {
                    return;
                }
                List<long[]> order = new ArrayList<>(siblings);
                java.util.Collections.swap(order, i, other);
                for (int p = 0; p < order.size(); p++) {
                    jdbc.sql("UPDATE learning." + table + " SET position = ? WHERE id = ?")
                            .params(p + 1, order.get(p)[0]).update();
                }
                return;
            }
        }
    }

    /** Marks a lesson learnt; answers whether every lesson of its course is now learnt by the student. */
    public boolean markDone(long lessonId, long courseId, long studentId, Instant now) {
        int added = jdbc.sql("INSERT INTO learning.lesson_done (lesson_id, student_id, course_id, done_at) "
                        + "VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")
                .params(lessonId, studentId, courseId, Timestamp.from(now)).update();
        return added == 1 && jdbc.sql("SELECT NOT EXISTS (SELECT 1 FROM learning.lesson l WHERE l.course_id = ? "
                        + "AND NOT EXISTS (SELECT 1 FROM learning.lesson_done d WHERE d.lesson_id = l.id "
                        + "AND d.student_id = ?))")
                .params(courseId, studentId).query(Boolean.class).single();
    }

    public List<Long> doneLessons(long courseId, long studentId) {
        return jdbc.sql("SELECT lesson_id FROM learning.lesson_done WHERE course_id = ? AND student_id = ?")
                .params(courseId, studentId).query(Long.class).list();
    }

    private static LessonRow lesson(ResultSet rs, int n) throws SQLException {
        return new LessonRow(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getInt(4), rs.getString(5),
                rs.getString(6), Arrays.asList((Long[]) rs.getArray(7).getArray()), rs.getString(8));
    }

    static CourseRow row(ResultSet rs, int n) throws SQLException {
        String subject = rs.getString("subject");
        return new CourseRow(rs.getLong("id"), OrgId.of(rs.getLong("school_id")), new OrgPath(rs.getString("school_path")),
                rs.getLong("owner_account"), rs.getString("owner_name"), rs.getString("title"),
                rs.getString("description"), subject == null ? null : Subject.valueOf(subject),
                (Integer) rs.getObject("grade"), CourseStatus.valueOf(rs.getString("status")),
                CourseSharing.valueOf(rs.getString("sharing")), new OrgPath(rs.getString("share_path")),
                rs.getTimestamp("updated_at").toInstant());
    }
}
