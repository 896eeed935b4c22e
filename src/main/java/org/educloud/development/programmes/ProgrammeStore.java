package org.educloud.development.programmes;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.educloud.roster.ProfessionalTitle;
import org.educloud.shared.OrgPath;
import org.educloud.tenancy.Stage;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Programmes, their sessions, participants and attendance in the development schema. */
@Repository
class ProgrammeStore {

    private static final String COLUMNS = """
            id, owner_id, owner_path, name, description, credit_hours, completion_rule, min_hours, target_school_id,
            target_stage, target_subject, target_title, gap_dimension, gap_below, closed_at""";

    private final JdbcClient jdbc;

    ProgrammeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long create(long ownerId, OrgPath ownerPath, String name, String description, BigDecimal creditHours,
                CompletionRule rule, @Nullable BigDecimal minHours, Targets targets, long by, Instant at) {
        return jdbc.sql("""
                        INSERT INTO development.programme (owner_id, owner_path, name, description, credit_hours,
                            completion_rule, min_hours, target_school_id, target_stage, target_subject, target_title,
                            gap_dimension, gap_below, created_by, created_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(ownerId, ownerPath.value(), name, description, creditHours, rule.name(), minHours,
                        targets.schoolId(), targets.stage() == null ? null : targets.stage().name(), targets.subject(),
                        targets.title() == null ? null : targets.title().name(), targets.gapDimension(),
                        targets.gapBelow(), by, Timestamp.from(at))
                .query(Long.class).single();
    }

    void revise(long id, String name, String description, BigDecimal creditHours, CompletionRule rule,
                @Nullable BigDecimal minHours, Targets targets) {
        jdbc.sql("""
                        UPDATE development.programme SET name = ?, description = ?, credit_hours = ?, completion_rule = ?,
                            min_hours = ?, target_school_id = ?, target_stage = ?, target_subject = ?, target_title = ?,
                            gap_dimension = ?, gap_below = ? WHERE id = ?""")
                .params(name, description, creditHours, rule.name(), minHours, targets.schoolId(),
                        targets.stage() == null ? null : targets.stage().name(), targets.subject(),
                        targets.title() == null ? null : targets.title().name(), targets.gapDimension(),
                        targets.gapBelow(), id)
                .update();
    }

    /** Closes once; true the first time. */
    boolean close(long id, long by, Instant at) {
        return jdbc.sql("UPDATE development.programme SET closed_at = ?, closed_by = ? WHERE id = ? AND closed_at IS NULL")
                .params(Timestamp.from(at), by, id).update() == 1;
    }

    Optional<Programme> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM development.programme WHERE id = ?").param(id)
                .query((rs, n) -> programme(rs)).optional();
    }

    /** Programmes run by a node on the path to {@code school} (its own, its district's, its region's). */
    List<Programme> above(OrgPath school) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM development.programme WHERE ? LIKE owner_path || '%' ORDER BY id DESC")
                .param(school.value()).query((rs, n) -> programme(rs)).list();
    }

    /** Programmes run by nodes under any of these paths. */
    List<Programme> under(Collection<OrgPath> paths) {
        List<Programme> found = new ArrayList<>();
        for (OrgPath path : paths) {
            found.addAll(jdbc.sql("SELECT " + COLUMNS + " FROM development.programme WHERE owner_path LIKE ? ORDER BY id DESC")
                    .param(path.likePattern()).query((rs, n) -> programme(rs)).list());
        }
        return found;
    }

    List<Programme> joinedBy(long teacher) {
        return jdbc.sql("SELECT " + COLUMNS + """
                         FROM development.programme
                        WHERE id IN (SELECT programme_id FROM development.programme_participant WHERE teacher_account = ?)
                        ORDER BY id DESC""")
                .param(teacher).query((rs, n) -> programme(rs)).list();
    }

    private static Programme programme(ResultSet rs) throws SQLException {
        String stage = rs.getString("target_stage");
        String title = rs.getString("target_title");
        return new Programme(rs.getLong("id"), rs.getLong("owner_id"), new OrgPath(rs.getString("owner_path")),
                rs.getString("name"), rs.getString("description"), rs.getBigDecimal("credit_hours"),
                CompletionRule.valueOf(rs.getString("completion_rule")), rs.getBigDecimal("min_hours"),
                new Targets((Long) rs.getObject("target_school_id"), stage == null ? null : Stage.valueOf(stage),
                        rs.getString("target_subject"), title == null ? null : ProfessionalTitle.valueOf(title),
                        rs.getString("gap_dimension"), rs.getBigDecimal("gap_below")),
                rs.getTimestamp("closed_at") == null ? null : rs.getTimestamp("closed_at").toInstant());
    }

    long addSession(long programme, String title, SessionMode mode, Instant startsAt, BigDecimal hours,
                    @Nullable String place) {
        return jdbc.sql("""
                        INSERT INTO development.programme_session (programme_id, title, mode, starts_at, hours, place)
                        VALUES (?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(programme, title, mode.name(), Timestamp.from(startsAt), hours, place)
                .query(Long.class).single();
    }

    List<ProgrammeSession> sessions(long programme) {
        return jdbc.sql("""
                        SELECT id, title, mode, starts_at, hours, place FROM development.programme_session
                        WHERE programme_id = ? ORDER BY starts_at, id""")
                .param(programme)
                .query((rs, n) -> new ProgrammeSession(rs.getLong(1), rs.getString(2), SessionMode.valueOf(rs.getString(3)),
                        rs.getTimestamp(4).toInstant(), rs.getBigDecimal(5), rs.getString(6)))
                .list();
    }

    /** Adding a course twice adds it once; true when it was new. */
    boolean addCourse(long programme, long course, String title, BigDecimal hours, long by, Instant at) {
        return jdbc.sql("""
                        INSERT INTO development.programme_course (programme_id, course_id, title, hours, added_by, added_at)
                        VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(programme, course, title, hours, by, Timestamp.from(at)).update() == 1;
    }

    List<ProgrammeCourse> courses(long programme) {
        return jdbc.sql("""
                        SELECT course_id, title, hours FROM development.programme_course
                        WHERE programme_id = ? ORDER BY added_at, course_id""")
                .param(programme)
                .query((rs, n) -> new ProgrammeCourse(rs.getLong(1), rs.getString(2), rs.getBigDecimal(3)))
                .list();
    }

    /** The programmes holding the course that the teacher joined and has not completed yet. */
    List<Long> unfinishedWithCourse(long course, long teacher) {
        return jdbc.sql("""
                        SELECT c.programme_id FROM development.programme_course c
                        JOIN development.programme_participant p ON p.programme_id = c.programme_id
                        WHERE c.course_id = ? AND p.teacher_account = ? AND p.completed_at IS NULL
                        ORDER BY c.programme_id""")
                .params(course, teacher).query(Long.class).list();
    }

    /** A participant completed one of the programme's courses; again is a no-op. */
    void completeCourse(long programme, long teacher, long course, Instant at) {
        jdbc.sql("""
                        INSERT INTO development.participant_course (programme_id, teacher_account, course_id, completed_at)
                        SELECT programme_id, ?, course_id, ? FROM development.programme_course
                        WHERE programme_id = ? AND course_id = ? ON CONFLICT DO NOTHING""")
                .params(teacher, Timestamp.from(at), programme, course).update();
    }

    /** Joining twice is joining once. */
    void join(long programme, long teacher, String name, long schoolId, OrgPath schoolPath, Instant at) {
        jdbc.sql("""
                        INSERT INTO development.programme_participant (programme_id, teacher_account, teacher_name,
                            school_id, school_path, joined_at) VALUES (?, ?, ?, ?, ?, ?)
                        ON CONFLICT (programme_id, teacher_account) DO NOTHING""")
                .params(programme, teacher, name, schoolId, schoolPath.value(), Timestamp.from(at)).update();
    }

    /** The participants (all, or those at schools under {@code under}), with what they attended. */
    List<Participant> participants(long programme, @Nullable OrgPath under) {
        return participants(programme, under == null ? "/%" : under.likePattern(), null);
    }

    /** One teacher's participation, read alone (a teacher's list of programmes asks once per programme). */
    @Nullable Participant participant(long programme, long teacher) {
        return participants(programme, "/%", teacher).stream().findFirst().orElse(null);
    }

    private List<Participant> participants(long programme, String schools, @Nullable Long teacher) {
        record Row(long account, String name, long schoolId, @Nullable Timestamp completedAt) {
        }
        String oneTeacher = teacher == null ? "" : " AND teacher_account = :teacher";
        List<Row> rows = jdbc.sql("""
                        SELECT teacher_account, teacher_name, school_id, completed_at
                        FROM development.programme_participant WHERE programme_id = :programme AND school_path LIKE :schools
                        """ + oneTeacher + " ORDER BY school_id, teacher_name, teacher_account")
                .param("programme", programme).param("schools", schools).param("teacher", teacher)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getTimestamp(4)))
                .list();
        Map<Long, Set<Long>> attended = new HashMap<>();
        Map<Long, BigDecimal> hours = new HashMap<>();
        jdbc.sql("""
                        SELECT a.teacher_account, s.id, s.hours FROM development.session_attendance a
                        JOIN development.programme_session s ON s.id = a.session_id WHERE s.programme_id = :programme
                        """ + (teacher == null ? "" : " AND a.teacher_account = :teacher"))
                .param("programme", programme).param("teacher", teacher)
                .query((rs, n) -> {
                    attended.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getLong(2));
                    hours.merge(rs.getLong(1), rs.getBigDecimal(3), BigDecimal::add);
                    return null;
                }).list();
        Map<Long, Set<Long>> courses = new HashMap<>();
        Map<Long, BigDecimal> courseHours = new HashMap<>();
        jdbc.sql("""
                        SELECT p.teacher_account, c.course_id, c.hours FROM development.participant_course p
                        JOIN development.programme_course c ON c.programme_id = p.programme_id AND c.course_id = p.course_id
                        WHERE p.programme_id = ?""")
                .param(programme)
                .query((rs, n) -> {
                    courses.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getLong(2));
                    courseHours.merge(rs.getLong(1), rs.getBigDecimal(3), BigDecimal::add);
                    return null;
                }).list();
        Map<Long, Set<Long>> tasks = new HashMap<>();
        Map<Long, BigDecimal> taskHours = new HashMap<>();
        jdbc.sql("""
                        SELECT s.teacher_account, t.id, t.hours FROM development.task_submission s
                        JOIN development.programme_task t ON t.id = s.task_id
                        WHERE t.programme_id = ? AND s.status = 'ACCEPTED'""")
                .param(programme)
                .query((rs, n) -> {
                    tasks.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getLong(2));
                    taskHours.merge(rs.getLong(1), rs.getBigDecimal(3), BigDecimal::add);
                    return null;
                }).list();
        return rows.stream().map(r -> new Participant(r.account(), r.name(), r.schoolId(),
                Set.copyOf(attended.getOrDefault(r.account(), Set.of())), hours.getOrDefault(r.account(), BigDecimal.ZERO),
                Set.copyOf(courses.getOrDefault(r.account(), Set.of())),
                courseHours.getOrDefault(r.account(), BigDecimal.ZERO),
                Set.copyOf(tasks.getOrDefault(r.account(), Set.of())),
                taskHours.getOrDefault(r.account(), BigDecimal.ZERO),
                r.completedAt() == null ? null : r.completedAt().toInstant())).toList();
    }

    /**
     * Who attended the session, replaced by the list given, among its programme's participants only. A teacher named
     * twice, or saved by two admins at once, is recorded once.
     */
    void recordAttendance(long programme, long session, Collection<Long> present, long by, Instant at) {
        jdbc.sql("DELETE FROM development.session_attendance WHERE session_id = ?").param(session).update();
        for (long teacher : new java.util.LinkedHashSet<>(present)) {
            jdbc.sql("""
                            INSERT INTO development.session_attendance (session_id, teacher_account, recorded_by, recorded_at)
                            SELECT ?, teacher_account, ?, ? FROM development.programme_participant
                            WHERE programme_id = ? AND teacher_account = ?
                            ON CONFLICT (session_id, teacher_account) DO NOTHING""")
                    .params(session, by, Timestamp.from(at), programme, teacher).update();
        }
    }

    /** Marks completion once; true only the first time, so crediting and certifying follow exactly once. */
    boolean complete(long programme, long teacher, Instant at) {
        return jdbc.sql("""
                        UPDATE development.programme_participant SET completed_at = ?
                        WHERE programme_id = ? AND teacher_account = ? AND completed_at IS NULL""")
                .params(Timestamp.from(at), programme, teacher).update() == 1;
    }

    Optional<ParticipantSchool> schoolOf(long programme, long teacher) {
        return jdbc.sql("""
                        SELECT school_id, school_path, teacher_name FROM development.programme_participant
                        WHERE programme_id = ? AND teacher_account = ?""")
                .params(programme, teacher)
                .query((rs, n) -> new ParticipantSchool(rs.getLong(1), new OrgPath(rs.getString(2)), rs.getString(3)))
                .optional();
    }

    record ParticipantSchool(long schoolId, OrgPath schoolPath, String teacherName) {
    }
}
