package org.educloud.schoolday.timetables;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The lessons and changes as rows: every query names the schedule or the classes it reads, checked by the caller. */
@Component
class TimetableStore {

    private static final String LESSON = "SELECT class_id, class_name, weekday, position, subject, teacher_id, "
            + "teacher_name, room, id FROM schoolday.lesson ";
    private static final String CHANGE = "SELECT class_id, class_name, on_date, position, subject, teacher_id, "
            + "teacher_name, room, kind, original_text, note, id FROM schoolday.lesson_change ";

    private final JdbcClient jdbc;

    TimetableStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Cell> lessonsOfClass(long classId) {
        return jdbc.sql(LESSON + "WHERE class_id = ? ORDER BY weekday, position").param(classId)
                .query(TimetableStore::lesson).list();
    }

    Optional<Cell> lesson(long classId, int weekday, int position) {
        return jdbc.sql(LESSON + "WHERE class_id = ? AND weekday = ? AND position = ?")
                .params(classId, weekday, position).query(TimetableStore::lesson).optional();
    }

    List<Cell> lessonsOfTeachers(Collection<Long> staffIds, long scheduleId) {
        return jdbc.sql(LESSON + "WHERE teacher_id IN (:ids) AND schedule_id = :schedule ORDER BY weekday, position")
                .param("ids", staffIds).param("schedule", scheduleId).query(TimetableStore::lesson).list();
    }

    List<Long> schedulesOfTeachers(Collection<Long> staffIds) {
        return jdbc.sql("""
                        SELECT DISTINCT schedule_id FROM schoolday.lesson WHERE teacher_id IN (:ids)
                        UNION SELECT DISTINCT schedule_id FROM schoolday.lesson_change WHERE teacher_id IN (:ids)""")
                .param("ids", staffIds).query(Long.class).list();
    }

    List<Cell> changesOfClass(long classId, LocalDate from, LocalDate to) {
        return jdbc.sql(CHANGE + "WHERE class_id = ? AND on_date BETWEEN ? AND ? ORDER BY on_date, position")
                .params(classId, Date.valueOf(from), Date.valueOf(to)).query(TimetableStore::change).list();
    }

    /** Changes in a schedule's week that either give a lesson to these teachers or touch one of their classes. */
    List<Cell> changesInSchedule(long scheduleId, LocalDate from, LocalDate to) {
        return jdbc.sql(CHANGE + "WHERE schedule_id = ? AND on_date BETWEEN ? AND ? ORDER BY on_date, position")
                .params(scheduleId, Date.valueOf(from), Date.valueOf(to)).query(TimetableStore::change).list();
    }

    Optional<Cell> change(long classId, LocalDate date, int position) {
        return jdbc.sql(CHANGE + "WHERE class_id = ? AND on_date = ? AND position = ?")
                .params(classId, Date.valueOf(date), position).query(TimetableStore::change).optional();
    }

    /** Where a teacher is at a weekly slot, in another class than this one: the lesson that would clash. */
    Optional<Cell> teacherWeekly(long scheduleId, long teacherId, int weekday, int position, long exceptClass) {
        return jdbc.sql(LESSON + "WHERE schedule_id = ? AND teacher_id = ? AND weekday = ? AND position = ? "
                        + "AND class_id <> ? LIMIT 1")
                .params(scheduleId, teacherId, weekday, position, exceptClass).query(TimetableStore::lesson).optional();
    }

    Optional<Cell> roomWeekly(long scheduleId, String room, int weekday, int position, long exceptClass) {
        return jdbc.sql(LESSON + "WHERE schedule_id = ? AND room = ? AND weekday = ? AND position = ? "
                        + "AND class_id <> ? LIMIT 1")
                .params(scheduleId, room, weekday, position, exceptClass).query(TimetableStore::lesson).optional();
    }

    /**
     * Where a teacher (or a room) is on one date and period, in another class: a change that places them there, or a
     * weekly lesson of theirs that no change of its class replaces that day.
     */
    Optional<Cell> occupied(long scheduleId, String column, Object value, LocalDate date, int position, long exceptClass) {
        if (!column.equals("teacher_id") && !column.equals("room")) {
            throw new IllegalArgumentException(column);
        }
        Optional<Cell> changed = jdbc.sql(CHANGE + "WHERE schedule_id = ? AND " + column + " = ? AND on_date = ? "
                        + "AND position = ? AND kind <> 'CANCELLED' AND class_id <> ? LIMIT 1")
                .params(scheduleId, value, Date.valueOf(date), position, exceptClass)
                .query(TimetableStore::change).optional();
        if (changed.isPresent()) {
            return changed;
        }
        return jdbc.sql(LESSON + "l WHERE schedule_id = ? AND " + column + " = ? AND weekday = ? AND position = ? "
                        + "AND class_id <> ? AND NOT EXISTS (SELECT 1 FROM schoolday.lesson_change c "
                        + "WHERE c.class_id = l.class_id AND c.on_date = ? AND c.position = l.position) LIMIT 1")
                .params(scheduleId, value, date.getDayOfWeek().getValue(), position, exceptClass, Date.valueOf(date))
                .query(TimetableStore::lesson).optional();
    }

    void putLesson(long scheduleId, String schoolPath, long classId, String className, LessonDraft draft,
                   @Nullable String teacherName) {
        jdbc.sql("""
                        INSERT INTO schoolday.lesson (schedule_id, school_path, class_id, class_name, weekday, position,
                          subject, teacher_id, teacher_name, room)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (class_id, weekday, position) DO UPDATE SET subject = excluded.subject,
                          teacher_id = excluded.teacher_id, teacher_name = excluded.teacher_name, room = excluded.room""")
                .params(scheduleId, schoolPath, classId, className, draft.weekday(), draft.position(),
                        draft.subject().strip(), draft.teacherId(), teacherName, blankToNull(draft.room()))
                .update();
    }

    void removeLesson(long classId, int weekday, int position) {
        jdbc.sql("DELETE FROM schoolday.lesson WHERE class_id = ? AND weekday = ? AND position = ?")
                .params(classId, weekday, position).update();
    }

    void removeLessonsOfClass(long classId) {
        jdbc.sql("DELETE FROM schoolday.lesson WHERE class_id = ?").param(classId).update();
    }

    long putChange(long scheduleId, String schoolPath, long classId, String className, ChangeDraft draft,
                   @Nullable Cell original, @Nullable String teacherName, long madeBy, Instant at) {
        jdbc.sql("DELETE FROM schoolday.lesson_change WHERE class_id = ? AND on_date = ? AND position = ?")
                .params(classId, Date.valueOf(draft.date()), draft.position()).update();
        return jdbc.sql("""
                        INSERT INTO schoolday.lesson_change (schedule_id, school_path, class_id, class_name, on_date,
                          position, kind, original_lesson_id, original_text, subject, teacher_id, teacher_name, room,
                          note, made_by, made_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(scheduleId, schoolPath, classId, className, Date.valueOf(draft.date()), draft.position(),
                        draft.kind().name(), original == null ? null : original.rowId(),
                        original == null ? null : original.summary(), blankToNull(draft.subject()), draft.teacherId(),
                        teacherName, blankToNull(draft.room()), blankToNull(draft.note()), madeBy, Timestamp.from(at))
                .query(Long.class).single();
    }

    int removeChange(long classId, long changeId) {
        return jdbc.sql("DELETE FROM schoolday.lesson_change WHERE class_id = ? AND id = ?")
                .params(classId, changeId).update();
    }

    static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** A weekly lesson; its id is the cell's row id, which a change points at as the lesson it replaces. */
    private static Cell lesson(ResultSet rs, int n) throws SQLException {
        return new Cell(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getInt(4), null, rs.getString(5),
                (Long) rs.getObject(6), rs.getString(7), rs.getString(8), null, null, null, rs.getLong(9));
    }

    private static Cell change(ResultSet rs, int n) throws SQLException {
        LocalDate date = rs.getDate(3).toLocalDate();
        return new Cell(rs.getLong(1), rs.getString(2), date.getDayOfWeek().getValue(), rs.getInt(4), date,
                rs.getString(5), (Long) rs.getObject(6), rs.getString(7), rs.getString(8),
                ChangeKind.valueOf(rs.getString(9)), rs.getString(10), rs.getString(11), rs.getLong(12));
    }
}
