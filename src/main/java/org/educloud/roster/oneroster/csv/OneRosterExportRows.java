package org.educloud.roster.oneroster.csv;

import static org.educloud.roster.oneroster.OneRosterMapping.classType;
import static org.educloud.roster.oneroster.OneRosterMapping.course;
import static org.educloud.roster.oneroster.OneRosterMapping.courseCode;
import static org.educloud.roster.oneroster.OneRosterMapping.courseTitle;
import static org.educloud.roster.oneroster.OneRosterMapping.endDate;
import static org.educloud.roster.oneroster.OneRosterMapping.grade;
import static org.educloud.roster.oneroster.OneRosterMapping.schoolYear;
import static org.educloud.roster.oneroster.OneRosterMapping.sex;
import static org.educloud.roster.oneroster.OneRosterMapping.sourcedId;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.educloud.roster.oneroster.OneRosterMapping;
import org.educloud.roster.oneroster.OneRosterObject;
import org.educloud.shared.OrgPath;
import org.educloud.shared.UserId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The rows of a bulk OneRoster set below a node, read through the one mapping ({@code OneRosterMapping}) the REST
 * collections use: sourcedIds, grades, courses, class types and sex come out of SQL already in OneRoster's terms.
 * A bulk set lists what is active: people and classes a delta removed (tobedeleted on REST) and staff who have left
 * are not read, so the set imported back does not bring them back. Every list is in id order, so the same roster
 * always gives the same files.
 */
@Component
class OneRosterExportRows {

    record ClassRow(long id, String sourcedId, long schoolId, long termId, String title, String grade,
                    String course, String classCode, String classType, String termSourcedId,
                    @Nullable Long headTeacherId, String schoolYear, String courseTitle, String courseCode) {
    }

    record TermRow(String sourcedId, String schoolYear, String name, String startDate, String endDate) {
    }

    /** What the source gave of a person beyond EduCloud's one name, when an import kept it. */
    record SourceName(@Nullable String givenName, @Nullable String familyName, @Nullable String email,
                      String userIds) {
    }

    record StudentRow(long id, String sourcedId, @Nullable UserId accountId, @Nullable String studentNumber,
                      String name, boolean enabled, long schoolId, String birthDate, String sex, SourceName source) {
    }

    record StaffRow(long id, String sourcedId, @Nullable UserId accountId, String staffNumber, String name,
                    long schoolId, List<String> metadata, String sex, SourceName source) {
    }

    record GuardianRow(long id, String sourcedId, @Nullable UserId accountId, String name, SourceName source) {
    }

    /** A guardian's link to a child; a father or mother is OneRoster's parent, anyone else a guardian. */
    record LinkRow(long guardianId, long studentId, boolean parent) {
    }

    record EnrolmentRow(String sourcedId, long studentId, long classId, String beginDate, String endDate) {
    }

    record TeachingRow(long id, long staffId, long classId) {
    }

    private static final Pattern USER_ID =
            Pattern.compile("\\{\"type\":\"((?:[^\"\\\\]|\\\\.)*)\",\"identifier\":\"((?:[^\"\\\\]|\\\\.)*)\"}");

    private final JdbcClient jdbc;

    OneRosterExportRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ClassRow> classes(OrgPath root) {
        return jdbc.sql("""
                        SELECT c.id, %s, c.school_id, c.term_id, c.name, %s, %s,
                               CASE WHEN c.source_id IS NULL THEN c.id::text ELSE '' END, %s,
                               %s, c.head_teacher_id, %s, %s, %s
                        FROM roster.school_class c JOIN roster.term t ON t.id = c.term_id
                        WHERE c.school_path LIKE ? AND c.removed_at IS NULL ORDER BY c.id""".formatted(
                        sourcedId(OneRosterObject.CLASS, "c"), grade("c"), course("c", "t"), classType("c"),
                        sourcedId(OneRosterObject.TERM, "t"), schoolYear("t"), courseTitle("c"), courseCode("c")))
                .param(root.likePattern())
                .query((rs, n) -> new ClassRow(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                        rs.getString(10), (Long) rs.getObject(11), rs.getString(12), rs.getString(13),
                        rs.getString(14)))
                .list();
    }

    /** The terms of the given classes, in id order. */
    List<TermRow> terms(List<Long> termIds) {
        if (termIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT %s, t.school_year, t.name, t.starts_on::text, (%s)::text
                        FROM roster.term t WHERE t.id IN (:ids) ORDER BY t.id""".formatted(
                        sourcedId(OneRosterObject.TERM, "t"), endDate("t.ends_on")))
                .param("ids", termIds)
                .query((rs, n) -> new TermRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5)))
                .list();
    }

    List<StudentRow> students(OrgPath root) {
        return jdbc.sql("""
                        SELECT s.id, %s, s.account_id, s.student_number, s.name, s.status = 'ENROLLED', s.school_id,
                               s.birth_date::text, %s, s.given_name, s.family_name, s.email, s.source_user_ids
                        FROM roster.student s WHERE s.school_path LIKE ? AND s.removed_at IS NULL
                        ORDER BY s.id""".formatted(sourcedId(OneRosterObject.STUDENT, "s"), sex("s")))
                .param(root.likePattern())
                .query((rs, n) -> new StudentRow(rs.getLong(1), rs.getString(2), account(rs.getObject(3)),
                        rs.getString(4), rs.getString(5), rs.getBoolean(6), rs.getLong(7), rs.getString(8),
                        rs.getString(9), new SourceName(rs.getString(10), rs.getString(11), rs.getString(12),
                        csvUserIds(rs.getString(13)))))
                .list();
    }

    List<StaffRow> staff(OrgPath root) {
        return jdbc.sql("""
                        SELECT f.id, %s, f.account_id, f.staff_number, f.name, f.school_id, f.qualification, f.title,
                               f.full_time_teacher::text, f.backbone_level, f.specialist, %s, f.given_name,
                               f.family_name, f.email, f.source_user_ids
                        FROM roster.staff f WHERE f.school_path LIKE ? AND f.removed_at IS NULL
                          AND f.employment_status <> 'LEFT' ORDER BY f.id""".formatted(
                        sourcedId(OneRosterObject.STAFF, "f"), sex("f")))
                .param(root.likePattern())
                .query((rs, n) -> new StaffRow(rs.getLong(1), rs.getString(2), account(rs.getObject(3)),
                        rs.getString(4), rs.getString(5), rs.getLong(6), List.of(rs.getString(7), rs.getString(8),
                        rs.getString(9), rs.getString(10), rs.getString(11)), rs.getString(12),
                        new SourceName(rs.getString(13), rs.getString(14), rs.getString(15),
                                csvUserIds(rs.getString(16)))))
                .list();
    }

    /**
     * The links of the students below the node to their guardians, by guardian then student; a guardian a delta
     * removed is left out with their links.
     */
    List<LinkRow> links(OrgPath root) {
        return jdbc.sql("""
                        SELECT l.guardian_id, l.student_id, %s
                        FROM roster.guardianship l JOIN roster.student s ON s.id = l.student_id
                        JOIN roster.guardian g ON g.id = l.guardian_id
                        WHERE s.school_path LIKE :pattern AND s.removed_at IS NULL
                          AND NOT (g.removed_at IS NOT NULL AND g.school_path LIKE :pattern)
                        ORDER BY l.guardian_id, l.student_id""".formatted(OneRosterMapping.isParent("l.relation")))
                .param("pattern", root.likePattern())
                .query((rs, n) -> new LinkRow(rs.getLong(1), rs.getLong(2), rs.getBoolean(3)))
                .list();
    }

    List<GuardianRow> guardians(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT g.id, %s, g.account_id, g.name, g.given_name, g.family_name, g.email, g.source_user_ids
                        FROM roster.guardian g WHERE g.id IN (:ids) ORDER BY g.id""".formatted(
                        sourcedId(OneRosterObject.GUARDIAN, "g")))
                .param("ids", ids)
                .query((rs, n) -> new GuardianRow(rs.getLong(1), rs.getString(2), account(rs.getObject(3)),
                        rs.getString(4), new SourceName(rs.getString(5), rs.getString(6), rs.getString(7),
                        csvUserIds(rs.getString(8)))))
                .list();
    }

    List<EnrolmentRow> enrolments(OrgPath root) {
        return jdbc.sql("""
                        SELECT %s, e.student_id, e.class_id, e.starts_on::text, COALESCE((%s)::text, '')
                        FROM roster.enrolment e WHERE e.school_path LIKE ? ORDER BY e.id""".formatted(
                        sourcedId(OneRosterObject.ENROLMENT, "e"), endDate("e.ends_on")))
                .param(root.likePattern())
                .query((rs, n) -> new EnrolmentRow(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
                        rs.getString(5)))
                .list();
    }

    List<TeachingRow> teaching(OrgPath root) {
        return jdbc.sql("""
                        SELECT a.id, a.staff_id, a.class_id FROM roster.teaching_assignment a
                        JOIN roster.school_class c ON c.id = a.class_id WHERE c.school_path LIKE ? ORDER BY a.id""")
                .param(root.likePattern())
                .query((rs, n) -> new TeachingRow(rs.getLong(1), rs.getLong(2), rs.getLong(3)))
                .list();
    }

    private static @Nullable UserId account(@Nullable Object id) {
        return id == null ? null : new UserId(((Number) id).longValue());
    }

    /** The kept JSON userIds back in the CSV binding's {type:identifier} form. */
    private static String csvUserIds(@Nullable String json) {
        if (json == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        Matcher m = USER_ID.matcher(json);
        while (m.find()) {
            if (!out.isEmpty()) {
                out.append(',');
            }
            out.append('{').append(unescape(m.group(1))).append(':').append(unescape(m.group(2))).append('}');
        }
        return out.toString();
    }

    private static String unescape(String s) {
        return s.replace("\\\"", "\"").replace("\\\\", "\\");
    }
}
