package org.educloud.roster;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.educloud.roster.OneRosterFileSet.Row;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The enrolment pass of a OneRoster import: enrollments.csv is read a second time (a million rows are never held
 * in memory); students' memberships go through COPY and one set-wise merge, teachers become head teachers or
 * teaching assignments, and a delta's {@code tobedeleted} rows end memberships.
 */
@Component
class OneRosterEnrolments {

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final Clock clock;
    private final OneRosterSourceFacts sourceFacts;

    OneRosterEnrolments(JdbcClient jdbc, DataSource dataSource, Clock clock, OneRosterSourceFacts sourceFacts) {
        this.sourceFacts = sourceFacts;
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /** Streams enrollments.csv a second time: students by COPY and one merge, teachers row by row. */
    int write(OneRosterSet set, OneRosterFileSet files, Map<String, Long> classIds, Map<String, Long> studentIds,
                            Map<String, Long> staffIds, OneRosterLinks links) throws OneRosterFileSet.Refused {
        record ClassFacts(String schoolPath, LocalDate termStart) {
        }
        Map<Long, ClassFacts> facts = new HashMap<>();
        jdbc.sql("CREATE TEMP TABLE tmp_or_enrolment (student_id bigint, class_id bigint, school_path text, "
                + "starts_on date, ends_on date, sourced_id text) ON COMMIT DROP").update();
        List<Object[]> heads = new ArrayList<>();
        List<Object[]> teaching = new ArrayList<>();
        Map<String, String> subjects = new HashMap<>();
        set.classes.values().forEach(c -> subjects.put(c.sourcedId(), c.subject()));
        List<Object[]> ended = new ArrayList<>();
        Date today = Date.valueOf(LocalDate.now(clock));
        try (PgCopy copy = PgCopy.into(dataSource,
                "tmp_or_enrolment (student_id, class_id, school_path, starts_on, ends_on, sourced_id)")) {
            files.read("enrollments", (Row row) -> {
                Long classId = classIds.get(row.get("classSourcedId"));
                if (classId == null) {
                    classId = links.schoolClass(row.get("classSourcedId")).orElseThrow();
                }
                long clazz = classId;
                ClassFacts fact = facts.computeIfAbsent(clazz, id -> jdbc.sql("""
                                SELECT c.school_path, t.starts_on FROM roster.school_class c
                                JOIN roster.term t ON t.id = c.term_id WHERE c.id = ?""").param(id)
                        .query((rs, n) -> new ClassFacts(rs.getString(1), rs.getDate(2).toLocalDate())).single());
                boolean deleted = "tobedeleted".equals(row.get("status"));
                String userId = row.get("userSourcedId");
                if (row.get("role").equals("student")) {
                    Long student = OneRosterWriting.studentId(userId, studentIds, links);
                    if (deleted) {
                        ended.add(new Object[] {today, student, clazz});
                    } else {
                        String begin = row.get("beginDate");
                        String end = row.get("endDate");
                        copy.row(student, clazz, fact.schoolPath(),
                                begin.isEmpty() ? fact.termStart() : LocalDate.parse(begin),
                                end.isEmpty() ? null : LocalDate.parse(end).minusDays(1), row.get("sourcedId"));
                    }
                } else {
                    Long staff = staffIds.get(userId);
                    if (staff == null) {
                        staff = links.person(userId).map(OneRosterLinks.Local::id).orElseThrow();
                    }
                    if (deleted) {
                        teaching.add(new Object[] {staff, clazz, null});
                    } else if ("true".equals(row.get("primary"))) {
                        heads.add(new Object[] {staff, clazz});
                    } else {
                        teaching.add(new Object[] {staff, clazz, subjects.getOrDefault(row.get("classSourcedId"), "")});
                    }
                }
            });
        }
        for (Object[] head : heads) {
            jdbc.sql("UPDATE roster.school_class SET head_teacher_id = ? WHERE id = ?").params(head).update();
        }
        for (Object[] t : teaching) {
            if (t[2] == null) {
                jdbc.sql("DELETE FROM roster.teaching_assignment WHERE staff_id = ? AND class_id = ?")
                        .params(t[0], t[1]).update();
                jdbc.sql("UPDATE roster.school_class SET head_teacher_id = NULL WHERE head_teacher_id = ? AND id = ?")
                        .params(t[0], t[1]).update();
            } else {
                // OneRoster says who teaches a class, not which subject: an existing assignment (with its
                // subject) stands; a new one takes the class's subject.
                jdbc.sql("""
                                INSERT INTO roster.teaching_assignment (staff_id, class_id, subject)
                                SELECT ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM roster.teaching_assignment
                                                                 WHERE staff_id = ? AND class_id = ?)""")
                        .params(t[0], t[1], t[2], t[0], t[1]).update();
            }
        }
        for (Object[] end : ended) {
            // Kept, marked removed: REST answers it as tobedeleted.
            jdbc.sql("UPDATE roster.enrolment SET ends_on = ?, removed_at = now() WHERE student_id = ? AND class_id = ? "
                    + "AND ends_on IS NULL").params(end).update();
        }
        // A student belongs to one homeroom class at a time: a file that places them in another ends the old one.
        jdbc.sql("""
                        UPDATE roster.enrolment e SET ends_on = ?
                        FROM roster.school_class c
                        WHERE c.id = e.class_id AND c.kind = 'HOMEROOM' AND e.ends_on IS NULL
                          AND e.student_id IN (SELECT t.student_id FROM tmp_or_enrolment t
                                               JOIN roster.school_class h ON h.id = t.class_id AND h.kind = 'HOMEROOM'
                                               WHERE t.ends_on IS NULL)
                          AND NOT EXISTS (SELECT 1 FROM tmp_or_enrolment t
                                          WHERE t.student_id = e.student_id AND t.class_id = e.class_id)""")
                .param(today).update();
        int written = jdbc.sql("""
                        INSERT INTO roster.enrolment (student_id, class_id, school_path, starts_on, ends_on)
                        SELECT DISTINCT ON (student_id, class_id) student_id, class_id, school_path, starts_on, ends_on
                        FROM tmp_or_enrolment
                        ON CONFLICT (student_id, class_id) DO UPDATE SET starts_on = EXCLUDED.starts_on,
                            ends_on = EXCLUDED.ends_on
                        WHERE (enrolment.starts_on, enrolment.ends_on)
                              IS DISTINCT FROM (EXCLUDED.starts_on, EXCLUDED.ends_on)""").update();
        sourceFacts.keepEnrolments();
        return written;
    }
}
