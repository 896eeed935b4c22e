package org.educloud.roster.oneroster.csv;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.educloud.roster.imports.PgCopy;
import org.educloud.roster.oneroster.OneRosterObject;
import org.educloud.roster.oneroster.csv.OneRosterFileSet.Row;
import org.educloud.roster.people.upserts.HomeroomRule;
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
    private final HomeroomRule homerooms;

    OneRosterEnrolments(JdbcClient jdbc, DataSource dataSource, Clock clock, OneRosterSourceFacts sourceFacts,
                        HomeroomRule homerooms) {
        this.sourceFacts = sourceFacts;
        this.homerooms = homerooms;
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /** What the pass did: memberships and assignments made, and those changed or ended. */
    record Counts(int created, int changed) {
    }

    /**
     * Streams enrollments.csv a second time: students by COPY and one merge, teachers row by row. A row whose class
     * or user is not there was passed over in the first pass (a {@code tobedeleted} row EduCloud never knew, a
     * bureau's staff member) and is passed over again.
     */
    Counts write(OneRosterRead set, OneRosterFileSet files, Map<String, Long> classIds, Map<String, Long> studentIds,
                            Map<String, Long> staffIds, OneRosterLinks links) throws OneRosterFileSet.Refused {
        record ClassFacts(String schoolPath, LocalDate termStart) {
        }
        Map<Long, ClassFacts> facts = new HashMap<>();
        jdbc.sql("CREATE TEMP TABLE tmp_or_enrolment (student_id bigint, class_id bigint, school_path text, "
                + "starts_on date, ends_on date, sourced_id text) ON COMMIT DROP").update();
        List<Object[]> heads = new ArrayList<>();
        List<Object[]> teaching = new ArrayList<>();
        Map<String, String> subjects = new HashMap<>();
        set.classes().values().forEach(c -> subjects.put(c.sourcedId(), c.subject()));
        List<Object[]> ended = new ArrayList<>();
        Date today = Date.valueOf(LocalDate.now(clock));
        try (PgCopy copy = PgCopy.into(dataSource,
                "tmp_or_enrolment (student_id, class_id, school_path, starts_on, ends_on, sourced_id)")) {
            files.read("enrollments", (Row row) -> {
                Long classId = classIds.get(row.get("classSourcedId"));
                if (classId == null) {
                    classId = links.schoolClass(row.get("classSourcedId")).orElse(null);
                }
                if (classId == null) {
                    return;
                }
                long clazz = classId;
                ClassFacts fact = facts.computeIfAbsent(clazz, id -> jdbc.sql("""
                                SELECT c.school_path, t.starts_on FROM roster.school_class c
                                JOIN roster.term t ON t.id = c.term_id WHERE c.id = ?""").param(id)
                        .query((rs, n) -> new ClassFacts(rs.getString(1), rs.getDate(2).toLocalDate())).single());
                boolean deleted = "tobedeleted".equals(row.get("status"));
                String userId = row.get("userSourcedId");
                if (row.get("role").equals("student")) {
                    Long student = links.student(userId, studentIds);
                    if (student == null) {
                        return;
                    }
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
                        staff = links.person(userId).filter(l -> l.is(OneRosterObject.STAFF)).map(OneRosterLinks.Local::id)
                                .orElse(null);
                    }
                    if (staff == null) {
                        return;
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
        int created = 0;
        int changed = 0;
        for (Object[] head : heads) {
            changed += jdbc.sql("UPDATE roster.school_class SET head_teacher_id = ? WHERE id = ? "
                    + "AND head_teacher_id IS DISTINCT FROM ?").params(head[0], head[1], head[0]).update();
        }
        for (Object[] t : teaching) {
            if (t[2] == null) {
                int released = jdbc.sql("DELETE FROM roster.teaching_assignment WHERE staff_id = ? AND class_id = ?")
                        .params(t[0], t[1]).update();
                released += jdbc.sql("UPDATE roster.school_class SET head_teacher_id = NULL WHERE head_teacher_id = ? "
                        + "AND id = ?").params(t[0], t[1]).update();
                changed += Math.min(released, 1);
            } else {
                // OneRoster says who teaches a class, not which subject: an existing assignment (with its
                // subject) stands; a new one takes the class's subject.
                created += jdbc.sql("""
                                INSERT INTO roster.teaching_assignment (staff_id, class_id, subject)
                                SELECT ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM roster.teaching_assignment
                                                                 WHERE staff_id = ? AND class_id = ?)""")
                        .params(t[0], t[1], t[2], t[0], t[1]).update();
            }
        }
        for (Object[] end : ended) {
            // Kept, marked removed: REST answers it as tobedeleted.
            changed += jdbc.sql("UPDATE roster.enrolment SET ends_on = ?, removed_at = now() WHERE student_id = ? "
                    + "AND class_id = ? "
                    + "AND ends_on IS NULL").params(end).update();
        }
        // A student belongs to one homeroom class at a time: a file that places them in another ends the old one.
        changed += homerooms.endOtherHomerooms("tmp_or_enrolment", today.toLocalDate());
        int[] merged = new int[2];
        jdbc.sql("""
                        WITH merged AS (
                            INSERT INTO roster.enrolment (student_id, class_id, school_path, starts_on, ends_on)
                            SELECT DISTINCT ON (student_id, class_id) student_id, class_id, school_path, starts_on,
                                   ends_on
                            FROM tmp_or_enrolment
                            ON CONFLICT (student_id, class_id) DO UPDATE SET starts_on = EXCLUDED.starts_on,
                                ends_on = EXCLUDED.ends_on, removed_at = NULL
                            WHERE (enrolment.starts_on, enrolment.ends_on, enrolment.removed_at IS NULL)
                                  IS DISTINCT FROM (EXCLUDED.starts_on, EXCLUDED.ends_on, TRUE)
                            RETURNING (xmax = 0) AS inserted)
                        SELECT count(*) FILTER (WHERE inserted), count(*) FILTER (WHERE NOT inserted) FROM merged""")
                .query((rs, n) -> {
                    merged[0] = rs.getInt(1);
                    merged[1] = rs.getInt(2);
                    return null;
                }).list();
        sourceFacts.keepEnrolments();
        return new Counts(created + merged[0], changed + merged[1]);
    }
}
