package org.educloud.development;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.educloud.support.EduCloudTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo's programmes are in progress as the issue asks: the district's has a course, sessions and a task, two
 * teachers completed and others part-way; the rural county's teachers are behind, nobody there has completed.
 */
@EduCloudTest
class DemoTrainingTest {

    @Autowired
    JdbcClient jdbc;

    private long programme(String namePrefix) {
        return jdbc.sql("SELECT min(id) FROM development.programme WHERE name LIKE ?").param(namePrefix + "%")
                .query(Long.class).single();
    }

    private long count(String sql, long programme) {
        return jdbc.sql(sql).param(programme).query(Long.class).single();
    }

    private Map<String, Long> handIns(long programme) {
        return jdbc.sql("""
                        SELECT s.status, count(*) FROM development.task_submission s
                        JOIN development.programme_task t ON t.id = s.task_id WHERE t.programme_id = ? GROUP BY s.status""")
                .param(programme).query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    @Test
    void theDistrictsProgrammeHasACourseSessionsATaskAndTeachersAtEveryStage() {
        long linjiang = programme("信息技术应用能力提升工程 2.0（临江区");
        assertThat(count("SELECT count(*) FROM development.programme_course WHERE programme_id = ?", linjiang)).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM development.programme_session WHERE programme_id = ?", linjiang)).isEqualTo(3);
        assertThat(count("SELECT count(*) FROM development.programme_participant WHERE programme_id = ? "
                + "AND completed_at IS NOT NULL", linjiang)).isGreaterThanOrEqualTo(2);
        assertThat(count("SELECT count(*) FROM development.programme_participant WHERE programme_id = ? "
                + "AND completed_at IS NULL", linjiang)).isPositive();
        assertThat(count("SELECT count(*) FROM development.certificate WHERE programme_id = ?", linjiang))
                .isGreaterThanOrEqualTo(2);
        assertThat(handIns(linjiang)).containsEntry("ACCEPTED", 1L).containsEntry("SUBMITTED", 1L);
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM learning.teacher_lesson_done d
                        JOIN development.programme_course c ON c.course_id = d.course_id WHERE c.programme_id = ?""")
                .param(linjiang).query(Long.class).single()).isGreaterThanOrEqualTo(6);
    }

    @Test
    void theRuralCountysTeachersAreBehindAndNobodyThereHasCompleted() {
        long qingshan = programme("乡村教师信息技术应用能力提升（青山县");
        assertThat(count("SELECT count(*) FROM development.programme_participant WHERE programme_id = ?", qingshan))
                .isEqualTo(3);
        assertThat(count("SELECT count(*) FROM development.programme_participant WHERE programme_id = ? "
                + "AND completed_at IS NOT NULL", qingshan)).isZero();
        assertThat(count("SELECT count(*) FROM development.programme_course WHERE programme_id = ?", qingshan)).isEqualTo(1);
        assertThat(handIns(qingshan)).containsEntry("RETURNED", 1L);
    }
}
