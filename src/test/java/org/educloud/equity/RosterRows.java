package org.educloud.equity;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;
import org.educloud.tenancy.OrgNodeView;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Roster rows written straight into a test school: students, homeroom classes, enrolments, staff. */
final class RosterRows {

    private static final AtomicLong NUMBERS = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    private final JdbcClient jdbc;
    private final SchoolYears years;

    RosterRows(JdbcClient jdbc, SchoolYears years) {
        this.jdbc = jdbc;
        this.years = years;
    }

    long student(OrgNodeView school, String name) {
        return jdbc.sql("""
                        INSERT INTO roster.student (school_id, school_path, student_number, name, gender, birth_date,
                          created_at, updated_at) VALUES (?, ?, ?, ?, 'MALE', ?, now(), now()) RETURNING id""")
                .params(school.id().value(), school.path().value(), String.format("G%018d", NUMBERS.incrementAndGet()),
                        name, LocalDate.of(2017, 3, 1))
                .query(Long.class).single();
    }

    long homeroom(OrgNodeView school, int grade) {
        long term = jdbc.sql("""
                        INSERT INTO roster.term (org_id, org_path, school_year, name, starts_on, ends_on)
                        VALUES (?, ?, ?, '第一学期', ?, ?)
                        ON CONFLICT (org_id, school_year, name) DO UPDATE SET name = EXCLUDED.name RETURNING id""")
                .params(school.id().value(), school.path().value(), years.current(),
                        years.firstDayOf(years.current()), years.firstDayOf(years.current()).plusMonths(5))
                .query(Long.class).single();
        return jdbc.sql("""
                        INSERT INTO roster.school_class (school_id, school_path, term_id, grade, name, kind, created_at)
                        VALUES (?, ?, ?, ?, ?, 'HOMEROOM', now()) RETURNING id""")
                .params(school.id().value(), school.path().value(), term, grade,
                        grade + "年级(" + NUMBERS.incrementAndGet() + ")班")
                .query(Long.class).single();
    }

    void enrol(long student, long schoolClass) {
        jdbc.sql("""
                        INSERT INTO roster.enrolment (student_id, class_id, school_path, starts_on)
                        SELECT ?, id, school_path, current_date FROM roster.school_class WHERE id = ?""")
                .params(student, schoolClass).update();
    }

    /** {@code count} students placed in one class of the grade. */
    void placed(OrgNodeView school, int grade, int count) {
        long homeroom = homeroom(school, grade);
        for (int i = 0; i < count; i++) {
            enrol(student(school, "学生" + i), homeroom);
        }
    }

    void staff(OrgNodeView school, boolean fullTime, String backbone, String specialist) {
        jdbc.sql("""
                        INSERT INTO roster.staff (school_id, school_path, staff_number, name, gender, qualification,
                          title, backbone_level, full_time_teacher, specialist, created_at, updated_at)
                        VALUES (?, ?, ?, '教职工', 'FEMALE', 'BACHELOR', 'SECOND', ?, ?, ?, now(), now())""")
                .params(school.id().value(), school.path().value(), "T" + NUMBERS.incrementAndGet(), backbone,
                        fullTime, specialist)
                .update();
    }
}
