package org.educloud.records.xapi;

import java.time.LocalDate;
import java.time.ZoneId;
import org.educloud.records.LearningActivity;
import org.educloud.shared.OrgPath;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Daily counts kept up to date as each learning activity is recorded, so dashboards read a few rows per school
 * and day instead of scanning statements: per school × class × day × verb × object kind, per student × day, and
 * per school × day (with the distinct active students, counted when a student's day row is first made), and per
 * school × month (the month's sums of the school's days).
 * Called in the same transaction that stores the statement, and only when the statement is new.
 */
@Component
class DailyActivity {

    private final JdbcClient jdbc;

    DailyActivity(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void count(LearningActivity activity, OrgPath schoolPath, ZoneId zone) {
        LocalDate day = LocalDate.ofInstant(activity.occurredAt(), zone);
        LearningActivity.Outcome result = activity.result();
        long seconds = result == null || result.duration() == null ? 0 : result.duration().toSeconds();
        boolean completed = result != null && Boolean.TRUE.equals(result.completion());
        Double scaled = result == null ? null : result.scaled();
        jdbc.sql("""
                        INSERT INTO records.daily_class_activity AS d (school_id, school_path, class_id, day, verb,
                                                                      object_kind, statements, seconds)
                        VALUES (?, ?, ?, ?, ?, ?, 1, ?)
                        ON CONFLICT (school_id, class_id, day, verb, object_kind)
                        DO UPDATE SET statements = d.statements + 1, seconds = d.seconds + EXCLUDED.seconds""")
                .params(activity.school().value(), schoolPath.value(),
                        activity.classId() == null ? 0L : activity.classId().value(), day, activity.verb().name(),
                        activity.object().kind().name(), seconds)
                .update();
        // xmax = 0 on the returned row means the upsert inserted it: the student's first activity of the day here
        boolean firstToday = jdbc.sql("""
                        INSERT INTO records.daily_student_activity AS d (person_id, day, school_id, school_path,
                                                                        statements, completed, scored, score_sum,
                                                                        seconds)
                        VALUES (?, ?, ?, ?, 1, ?, ?, ?, ?)
                        ON CONFLICT (person_id, day, school_id)
                        DO UPDATE SET statements = d.statements + 1, completed = d.completed + EXCLUDED.completed,
                                      scored = d.scored + EXCLUDED.scored, score_sum = d.score_sum + EXCLUDED.score_sum,
                                      seconds = d.seconds + EXCLUDED.seconds
                        RETURNING (xmax = 0)""")
                .params(activity.personId(), day, activity.school().value(), schoolPath.value(), completed ? 1 : 0,
                        scaled == null ? 0 : 1, scaled == null ? 0.0 : scaled, seconds)
                .query(Boolean.class).single();
        jdbc.sql("""
                        INSERT INTO records.daily_school_activity AS d (school_id, day, school_path, statements,
                                                                       active_students, seconds)
                        VALUES (?, ?, ?, 1, ?, ?)
                        ON CONFLICT (school_id, day)
                        DO UPDATE SET statements = d.statements + 1,
                                      active_students = d.active_students + EXCLUDED.active_students,
                                      seconds = d.seconds + EXCLUDED.seconds""")
                .params(activity.school().value(), day, schoolPath.value(), firstToday ? 1 : 0, seconds)
                .update();
        jdbc.sql("""
                        INSERT INTO records.monthly_school_activity AS m (school_id, month, school_path, statements,
                                                                         student_days, seconds)
                        VALUES (?, ?, ?, 1, ?, ?)
                        ON CONFLICT (school_id, month)
                        DO UPDATE SET statements = m.statements + 1,
                                      student_days = m.student_days + EXCLUDED.student_days,
                                      seconds = m.seconds + EXCLUDED.seconds""")
                .params(activity.school().value(), day.withDayOfMonth(1), schoolPath.value(), firstToday ? 1 : 0,
                        seconds)
                .update();
    }
}
