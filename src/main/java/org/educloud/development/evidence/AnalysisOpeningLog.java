package org.educloud.development.evidence;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import org.educloud.assessment.ItemAnalysisOpened;
import org.educloud.development.assessments.SchoolYear;
import org.educloud.shared.OrgPath;
import org.educloud.shared.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the days a teacher opened the item analysis of one of their quizzes, as assessment announces them (one row
 * per quiz and China-time day: reloading the page is not more evidence), and counts the quizzes opened in a period.
 */
@Component
class AnalysisOpeningLog {

    private final JdbcClient jdbc;

    AnalysisOpeningLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @ApplicationModuleListener
    void on(ItemAnalysisOpened opened) {
        jdbc.sql("""
                        INSERT INTO development.analysis_opening (teacher_account, quiz_id, school_path, opened_on, opened_at)
                        VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(opened.teacher().value(), opened.quizId(), opened.school().value(),
                        LocalDate.ofInstant(opened.openedAt(), SchoolYear.CHINA), Timestamp.from(opened.openedAt()))
                .update();
    }

    /** Distinct quizzes of the teacher at the school whose analysis they opened in [from, to). */
    long quizzesOpened(UserId teacher, OrgPath school, Instant from, Instant to) {
        return jdbc.sql("""
                        SELECT count(DISTINCT quiz_id) FROM development.analysis_opening
                        WHERE teacher_account = ? AND school_path = ? AND opened_at >= ? AND opened_at < ?""")
                .params(teacher.value(), school.value(), Timestamp.from(from), Timestamp.from(to))
                .query(Long.class).single();
    }
}
