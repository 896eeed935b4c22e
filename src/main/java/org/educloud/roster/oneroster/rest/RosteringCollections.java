package org.educloud.roster.oneroster.rest;

import static org.educloud.roster.oneroster.OneRosterMapping.classType;
import static org.educloud.roster.oneroster.OneRosterMapping.course;
import static org.educloud.roster.oneroster.OneRosterMapping.courseCode;
import static org.educloud.roster.oneroster.OneRosterMapping.courseTitle;
import static org.educloud.roster.oneroster.OneRosterMapping.endDate;
import static org.educloud.roster.oneroster.OneRosterMapping.grade;
import static org.educloud.roster.oneroster.OneRosterMapping.org;
import static org.educloud.roster.oneroster.OneRosterMapping.ownSourcedId;
import static org.educloud.roster.oneroster.OneRosterMapping.schoolYear;
import static org.educloud.roster.oneroster.OneRosterMapping.sex;
import static org.educloud.roster.oneroster.OneRosterMapping.sourcedId;
import static org.educloud.roster.oneroster.rest.SqlCollection.fields;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.educloud.identity.IdentityManagement;
import org.educloud.identity.IntegrationCaller;
import org.educloud.roster.oneroster.OneRosterObject;
import org.educloud.roster.oneroster.rest.SqlCollection.FieldType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * EduCloud's roster as OneRoster 1.2 collections (1.2 writes booleans as the strings "true" and "false"): academic sessions, courses, classes, users, enrollments and
 * demographics. The sourcedIds and the mapping are those of the CSV export (docs/oneroster-mapping.md), so a
 * client can mix the two bindings. Orgs come from the tenancy module and are served by {@link OneRosterOrgs}.
 */
@Component
class RosteringCollections {

    /** Terms apply to the schools below the node that defines them, so a school's client sees its bureau's terms. */
    private static final String TERMS_IN_SCOPE = "(t.org_path LIKE :scopePattern OR :scopePath LIKE t.org_path || '%')";

    final SqlCollection academicSessions;
    final SqlCollection courses;
    final SqlCollection classes;
    private final UserCollections users;
    final SqlCollection enrollments;
    final SqlCollection demographics;

    RosteringCollections(JdbcClient jdbc, IdentityManagement identity) {
        this.academicSessions = academicSessions();
        this.courses = courses();
        this.classes = classes();
        this.users = new UserCollections(jdbc, identity);
        this.enrollments = enrollments();
        this.demographics = demographics();
    }

    private SqlCollection academicSessions() {
        // A school year's children are its terms in the client's reach, aggregated with the year itself.
        String sql = """
                SELECT {termId} AS "sourcedId", 'active' AS "status",
                       t.updated_at AS "dateLastModified",
                       t.school_year || ' ' || t.name AS "title", 'term' AS "type", t.starts_on AS "startDate",
                       {endDate} AS "endDate", {schoolYear} AS "_parent",
                       substr(t.school_year, 6) AS "schoolYear", t.id AS "_id", NULL AS "_children",
                       t.source_id::text AS "_source"
                FROM roster.term t WHERE %1$s
                UNION ALL
                SELECT {schoolYear}, 'active', max(t.updated_at), t.school_year, 'schoolYear',
                       min(t.starts_on), max(t.ends_on) + 1, NULL, substr(t.school_year, 6), NULL,
                       string_agg({termId}, chr(31) ORDER BY t.starts_on, t.id), NULL
                FROM roster.term t WHERE %1$s GROUP BY t.school_year""".formatted(TERMS_IN_SCOPE)
                .replace("{termId}", sourcedId(OneRosterObject.TERM, "t"))
                .replace("{endDate}", endDate("t.ends_on"))
                .replace("{schoolYear}", schoolYear("t"));
        return new SqlCollection("academicSessions", "academicSession", sql, "r.\"sourcedId\"",
                fields("status", FieldType.STRING, "dateLastModified", FieldType.DATETIME, "title", FieldType.STRING,
                        "type", FieldType.STRING, "startDate", FieldType.DATE, "endDate", FieldType.DATE,
                        "schoolYear", FieldType.STRING),
                Set.of("sourcedId", "status", "dateLastModified", "title", "startDate", "endDate", "type", "parent",
                        "children", "schoolYear"),
                (rs, refs) -> {
                    Map<String, Object> o = SqlCollection.header(rs);
                    o.put("title", rs.getString("title"));
                    o.put("startDate", rs.getString("startDate"));
                    o.put("endDate", rs.getString("endDate"));
                    o.put("type", rs.getString("type"));
                    o.put("parent", refs.ref("academicSessions", rs.getString("_parent"), "academicSession"));
                    String children = rs.getString("_children");
                    o.put("children", children == null ? List.of() : java.util.Arrays.stream(children.split("\u001f"))
                            .map(id -> refs.ref("academicSessions", id, "academicSession")).toList());
                    o.put("schoolYear", rs.getString("schoolYear"));
                    return o;
                },
                (rows, reach) -> { },
                SqlCollection.prefixes(OneRosterObject.TERM.prefix(), "", OneRosterObject.SCHOOL_YEAR.prefix(),
                        SqlCollection.COMPUTED, SqlCollection.SOURCE, ""));
    }

    private SqlCollection courses() {
        String sql = """
                SELECT {course}
                           AS "sourcedId",
                       'active' AS "status", max(c.updated_at) AS "dateLastModified",
                       {title} AS "title", {courseCode} AS "courseCode",
                       {grade} AS "_grade", {schoolYear} AS "_schoolYear",
                       {school} AS "_org", c.school_id AS "_schoolId", c.school_path AS "_path"
                FROM roster.school_class c JOIN roster.term t ON t.id = c.term_id
                WHERE c.school_path LIKE :scopePattern
                GROUP BY c.school_id, c.school_path, t.school_year, c.grade"""
                .replace("{course}", course("c", "t"))
                .replace("{title}", courseTitle("c"))
                .replace("{courseCode}", courseCode("c"))
                .replace("{grade}", grade("c"))
                .replace("{schoolYear}", schoolYear("t"))
                .replace("{school}", org("c.school_id"));
        return new SqlCollection("courses", "course", sql, "r.\"sourcedId\"",
                fields("status", FieldType.STRING, "dateLastModified", FieldType.DATETIME, "title", FieldType.STRING,
                        "courseCode", FieldType.STRING),
                Set.of("sourcedId", "status", "dateLastModified", "title", "schoolYear", "courseCode", "grades",
                        "subjects", "org", "subjectCodes", "resources"),
                (rs, refs) -> {
                    Map<String, Object> o = SqlCollection.header(rs);
                    o.put("title", rs.getString("title"));
                    o.put("schoolYear", refs.ref("academicSessions", rs.getString("_schoolYear"), "academicSession"));
                    o.put("courseCode", rs.getString("courseCode"));
                    o.put("grades", List.of(rs.getString("_grade")));
                    o.put("subjects", List.of());
                    o.put("org", refs.org(rs.getString("_org")));
                    o.put("subjectCodes", List.of());
                    o.put("resources", List.of());
                    return o;
                },
                (rows, reach) -> { },
                Map.of());
    }

    private SqlCollection classes() {
        String sql = """
                SELECT {classId} AS "sourcedId",
                       (CASE WHEN c.removed_at IS NULL THEN 'active' ELSE 'tobedeleted' END)::text AS "status",
                       c.updated_at AS "dateLastModified",
                       c.name AS "title", c.id::text AS "classCode",
                       {classType} AS "classType",
                       {grade} AS "_grade",
                       {course}
                           AS "_course",
                       {school} AS "_school", {termId} AS "_term",
                       c.id AS "_id", c.school_id AS "_schoolId", c.term_id AS "_termId", c.school_path AS "_path",
                       c.source_id::text AS "_source", {grade} AS "grades",
                       {school} AS "school.sourcedId",
                       {termId} AS "terms.sourcedId"
                FROM roster.school_class c JOIN roster.term t ON t.id = c.term_id
                WHERE c.school_path LIKE :scopePattern"""
                .replace("{classId}", sourcedId(OneRosterObject.CLASS, "c"))
                .replace("{classType}", classType("c"))
                .replace("{course}", course("c", "t"))
                .replace("{grade}", grade("c"))
                .replace("{termId}", sourcedId(OneRosterObject.TERM, "t", "c.term_id"))
                .replace("{school}", org("c.school_id"));
        return new SqlCollection("classes", "class", sql, "r.\"_id\"",
                fields("status", FieldType.STRING, "dateLastModified", FieldType.DATETIME, "title", FieldType.STRING,
                        "classCode", FieldType.STRING, "classType", FieldType.STRING, "grades", FieldType.STRING,
                        "school.sourcedId", FieldType.STRING, "terms.sourcedId", FieldType.STRING),
                Set.of("sourcedId", "status", "dateLastModified", "title", "classCode", "classType", "location",
                        "grades", "subjects", "course", "school", "terms", "subjectCodes", "periods", "resources"),
                (rs, refs) -> {
                    Map<String, Object> o = SqlCollection.header(rs);
                    o.put("title", rs.getString("title"));
                    o.put("classCode", rs.getString("classCode"));
                    o.put("classType", rs.getString("classType"));
                    o.put("grades", List.of(rs.getString("_grade")));
                    o.put("subjects", List.of());
                    o.put("course", refs.ref("courses", rs.getString("_course"), "course"));
                    o.put("school", refs.org(rs.getString("_school")));
                    o.put("terms", List.of(refs.ref("academicSessions", rs.getString("_term"), "academicSession")));
                    o.put("subjectCodes", List.of());
                    o.put("periods", List.of());
                    o.put("resources", List.of());
                    return o;
                },
                (rows, reach) -> { },
                SqlCollection.prefixes(OneRosterObject.CLASS.prefix(), "", SqlCollection.SOURCE, ""));
    }

    /** The users collection as this client may read it: identifiers in full only with EduCloud's own scope. */
    SqlCollection users(IntegrationCaller caller) {
        return users.users(caller);
    }

    SqlCollection students(IntegrationCaller caller) {
        return users.students(caller);
    }

    SqlCollection teachers(IntegrationCaller caller) {
        return users.teachers(caller);
    }

    private SqlCollection enrollments() {
        String sql = """
                SELECT {enrolmentId} AS "sourcedId",
                       (CASE WHEN e.removed_at IS NOT NULL OR e.ends_on < :today OR c.removed_at IS NOT NULL
                             THEN 'tobedeleted' ELSE 'active' END)::text AS "status",
                       (CASE WHEN e.removed_at IS NULL AND e.ends_on < :today
                             THEN greatest(e.updated_at, (e.ends_on + 1)::timestamp AT TIME ZONE :zone)
                             ELSE e.updated_at END) AS "dateLastModified",
                       'student'::text AS "role", FALSE AS "primary", e.starts_on AS "beginDate",
                       {endDate} AS "endDate",
                       {studentId} AS "_user",
                       {classId} AS "_class",
                       {school} AS "_school", 's'::text AS "_userKind", e.student_id AS "_userId",
                       e.class_id AS "_classId", c.school_id AS "_schoolId", e.school_path::text AS "_path",
                       'e'::text AS "_kind", e.id AS "_id", e.source_id::text AS "_source",
                       {classId} AS "class.sourcedId",
                       {studentId} AS "user.sourcedId",
                       {school} AS "school.sourcedId"
                FROM roster.enrolment e JOIN roster.school_class c ON c.id = e.class_id
                JOIN roster.student s ON s.id = e.student_id
                WHERE e.school_path LIKE :scopePattern
                UNION ALL
                SELECT {headTeacherEnrolmentId}, 'active', c.updated_at, 'teacher', TRUE, NULL, NULL,
                       {headTeacherId},
                       {ownClassId}, {school}, 't',
                       c.head_teacher_id, c.id, c.school_id, c.school_path, 'h', c.id, NULL,
                       {ownClassId}, {headTeacherId},
                       {school}
                FROM roster.school_class c JOIN roster.staff f ON f.id = c.head_teacher_id
                WHERE c.school_path LIKE :scopePattern
                UNION ALL
                SELECT {teachingEnrolmentId}, 'active', a.updated_at, 'teacher', FALSE, NULL, NULL,
                       {assignedTeacherId}, {assignedClassId},
                       {school}, 't', a.staff_id,
                       a.class_id, c.school_id, c.school_path, 't', a.id, NULL,
                       {assignedClassId}, {assignedTeacherId},
                       {school}
                FROM roster.teaching_assignment a JOIN roster.school_class c ON c.id = a.class_id
                JOIN roster.staff f ON f.id = a.staff_id
                WHERE c.school_path LIKE :scopePattern AND a.staff_id IS DISTINCT FROM c.head_teacher_id
                UNION ALL
                SELECT r.sourced_id, 'tobedeleted', r.removed_at, 'teacher', r.head, NULL, NULL,
                       {removedTeacherId}, {removedClassId},
                       {school}, 't', r.staff_id, r.class_id, c.school_id, c.school_path, 'r', r.id, NULL,
                       {removedClassId}, {removedTeacherId},
                       {school}
                FROM roster.removed_teaching r JOIN roster.school_class c ON c.id = r.class_id
                JOIN roster.staff f ON f.id = r.staff_id
                WHERE c.school_path LIKE :scopePattern AND NOT (r.head AND c.head_teacher_id IS NOT NULL)"""
                .replace("{enrolmentId}", sourcedId(OneRosterObject.ENROLMENT, "e"))
                .replace("{studentId}", sourcedId(OneRosterObject.STUDENT, "s", "e.student_id"))
                .replace("{classId}", sourcedId(OneRosterObject.CLASS, "c", "e.class_id"))
                .replace("{school}", org("c.school_id"))
                // the removed ones keep the sourcedId they were sent under (V400_16's trigger writes it)
                .replace("{headTeacherEnrolmentId}", ownSourcedId(OneRosterObject.HEAD_TEACHER_ENROLMENT, "c.id"))
                .replace("{teachingEnrolmentId}", ownSourcedId(OneRosterObject.TEACHING_ENROLMENT, "a.id"))
                .replace("{headTeacherId}", sourcedId(OneRosterObject.STAFF, "f", "c.head_teacher_id"))
                .replace("{ownClassId}", sourcedId(OneRosterObject.CLASS, "c", "c.id"))
                .replace("{assignedTeacherId}", sourcedId(OneRosterObject.STAFF, "f", "a.staff_id"))
                .replace("{assignedClassId}", sourcedId(OneRosterObject.CLASS, "c", "a.class_id"))
                .replace("{removedTeacherId}", sourcedId(OneRosterObject.STAFF, "f", "r.staff_id"))
                .replace("{removedClassId}", sourcedId(OneRosterObject.CLASS, "c", "r.class_id"))
                .replace("{endDate}", endDate("e.ends_on"));
        return new SqlCollection("enrollments", "enrollment", sql, "r.\"_kind\", r.\"_id\"",
                fields("status", FieldType.STRING, "dateLastModified", FieldType.DATETIME, "role", FieldType.STRING,
                        "primary", FieldType.BOOLEAN, "beginDate", FieldType.DATE, "endDate", FieldType.DATE,
                        "class.sourcedId", FieldType.STRING, "user.sourcedId", FieldType.STRING,
                        "school.sourcedId", FieldType.STRING),
                Set.of("sourcedId", "status", "dateLastModified", "user", "class", "school", "role", "primary",
                        "beginDate", "endDate"),
                (rs, refs) -> {
                    Map<String, Object> o = SqlCollection.header(rs);
                    o.put("user", refs.ref("users", rs.getString("_user"), "user"));
                    o.put("class", refs.ref("classes", rs.getString("_class"), "class"));
                    o.put("school", refs.org(rs.getString("_school")));
                    o.put("role", rs.getString("role"));
                    o.put("primary", String.valueOf(rs.getBoolean("primary")));
                    o.put("beginDate", rs.getString("beginDate"));
                    o.put("endDate", rs.getString("endDate"));
                    return o;
                },
                (rows, reach) -> { },
                SqlCollection.prefixes(OneRosterObject.HEAD_TEACHER_ENROLMENT.prefix(), "h",
                        OneRosterObject.TEACHING_ENROLMENT.prefix(), "t", OneRosterObject.ENROLMENT.prefix(), "e",
                        SqlCollection.SOURCE, ""));
    }

    private SqlCollection demographics() {
        String sql = """
                SELECT {studentId} AS "sourcedId",
                       (CASE WHEN s.removed_at IS NULL THEN 'active' ELSE 'tobedeleted' END)::text AS "status",
                       s.updated_at AS "dateLastModified", s.birth_date AS "birthDate",
                       {studentSex}
                           AS "sex",
                       's'::text AS "_kind", s.id AS "_id", s.school_id AS "_schoolId", s.school_path::text AS "_path",
                       s.source_id::text AS "_source"
                FROM roster.student s WHERE s.school_path LIKE :scopePattern
                UNION ALL
                SELECT {staffId},
                       (CASE WHEN f.removed_at IS NULL AND f.employment_status <> 'LEFT' THEN 'active'
                             ELSE 'tobedeleted' END)::text,
                       f.updated_at, NULL::date,
                       {staffSex},
                       't'::text, f.id, f.school_id, f.school_path::text, f.source_id::text
                FROM roster.staff f WHERE f.school_path LIKE :scopePattern"""
                .replace("{studentId}", sourcedId(OneRosterObject.STUDENT, "s"))
                .replace("{staffId}", sourcedId(OneRosterObject.STAFF, "f"))
                .replace("{studentSex}", sex("s"))
                .replace("{staffSex}", sex("f"));
        return new SqlCollection("demographics", "demographics", sql, "r.\"_kind\", r.\"_id\"",
                fields("status", FieldType.STRING, "dateLastModified", FieldType.DATETIME, "birthDate", FieldType.DATE,
                        "sex", FieldType.STRING),
                Set.of("sourcedId", "status", "dateLastModified", "birthDate", "sex"),
                (rs, refs) -> {
                    Map<String, Object> o = SqlCollection.header(rs);
                    o.put("birthDate", rs.getString("birthDate"));
                    o.put("sex", rs.getString("sex"));
                    return o;
                },
                (rows, reach) -> { },
                SqlCollection.prefixes(OneRosterObject.STUDENT.prefix(), "s", OneRosterObject.STAFF.prefix(), "t",
                        SqlCollection.SOURCE, ""));
    }
}
