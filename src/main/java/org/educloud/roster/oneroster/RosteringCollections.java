package org.educloud.roster.oneroster;

import static org.educloud.roster.oneroster.SqlCollection.fields;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.educloud.identity.IdentityManagement;
import org.educloud.identity.IntegrationCaller;
import org.educloud.identity.IntegrationScopes;
import org.educloud.roster.oneroster.SqlCollection.FieldType;
import org.educloud.shared.OrgPath;
import org.educloud.shared.UserId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * EduCloud's roster as OneRoster 1.2 collections (1.2 writes booleans as the strings "true" and "false"): academic sessions, courses, classes, users, enrollments and
 * demographics. The sourcedIds and the mapping are those of the CSV export (docs/oneroster-mapping.md), so a
 * client can mix the two bindings. Orgs come from the tenancy module and are served by {@link OneRosterOrgs}.
 */
@Component
class RosteringCollections {

    private static final String GRADE_TITLES =
            "(ARRAY['一年级','二年级','三年级','四年级','五年级','六年级','七年级','八年级','九年级','高一','高二','高三'])";

    /** Terms apply to the schools below the node that defines them, so a school's client sees its bureau's terms. */
    private static final String TERMS_IN_SCOPE = "(t.org_path LIKE :scopePattern OR :scopePath LIKE t.org_path || '%')";

    final SqlCollection academicSessions;
    final SqlCollection courses;
    final SqlCollection classes;
    private final SqlCollection users;
    private final SqlCollection students;
    private final SqlCollection teachers;
    private final SqlCollection usersInFull;
    private final SqlCollection studentsInFull;
    private final SqlCollection teachersInFull;
    final SqlCollection enrollments;
    final SqlCollection demographics;

    private final JdbcClient jdbc;
    private final IdentityManagement identity;

    RosteringCollections(JdbcClient jdbc, IdentityManagement identity) {
        this.jdbc = jdbc;
        this.identity = identity;
        this.academicSessions = academicSessions();
        this.courses = courses();
        this.classes = classes();
        this.users = users(false);
        this.students = students(false);
        this.teachers = teachers(false);
        this.usersInFull = users(true);
        this.studentsInFull = students(true);
        this.teachersInFull = teachers(true);
        this.enrollments = enrollments();
        this.demographics = demographics();
    }

    private SqlCollection academicSessions() {
        // A school year's children are its terms in the client's reach, aggregated with the year itself.
        String sql = """
                SELECT COALESCE(t.source_id, 'term-' || t.id)::text AS "sourcedId", 'active' AS "status",
                       t.updated_at AS "dateLastModified",
                       t.school_year || ' ' || t.name AS "title", 'term' AS "type", t.starts_on AS "startDate",
                       t.ends_on + 1 AS "endDate", 'sy-' || t.school_year AS "_parent",
                       substr(t.school_year, 6) AS "schoolYear", t.id AS "_id", NULL AS "_children",
                       t.source_id::text AS "_source"
                FROM roster.term t WHERE %1$s
                UNION ALL
                SELECT 'sy-' || t.school_year, 'active', max(t.updated_at), t.school_year, 'schoolYear',
                       min(t.starts_on), max(t.ends_on) + 1, NULL, substr(t.school_year, 6), NULL,
                       string_agg(COALESCE(t.source_id, 'term-' || t.id), chr(31) ORDER BY t.starts_on, t.id), NULL
                FROM roster.term t WHERE %1$s GROUP BY t.school_year""".formatted(TERMS_IN_SCOPE);
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
                SqlCollection.prefixes("term-", "", "sy-", SqlCollection.COMPUTED, SqlCollection.SOURCE, ""));
    }

    private SqlCollection courses() {
        String sql = """
                SELECT 'course-' || c.school_id || '-' || t.school_year || '-g' || lpad(c.grade::text, 2, '0')
                           AS "sourcedId",
                       'active' AS "status", max(c.updated_at) AS "dateLastModified",
                       %s[c.grade] AS "title", 'G' || lpad(c.grade::text, 2, '0') AS "courseCode",
                       lpad(c.grade::text, 2, '0') AS "_grade", 'sy-' || t.school_year AS "_schoolYear",
                       'org-' || c.school_id AS "_org", c.school_id AS "_schoolId", c.school_path AS "_path"
                FROM roster.school_class c JOIN roster.term t ON t.id = c.term_id
                WHERE c.school_path LIKE :scopePattern
                GROUP BY c.school_id, c.school_path, t.school_year, c.grade""".formatted(GRADE_TITLES);
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
                SELECT COALESCE(c.source_id, 'class-' || c.id)::text AS "sourcedId",
                       (CASE WHEN c.removed_at IS NULL THEN 'active' ELSE 'tobedeleted' END)::text AS "status",
                       c.updated_at AS "dateLastModified",
                       c.name AS "title", c.id::text AS "classCode",
                       CASE c.kind WHEN 'HOMEROOM' THEN 'homeroom' ELSE 'scheduled' END AS "classType",
                       lpad(c.grade::text, 2, '0') AS "_grade",
                       'course-' || c.school_id || '-' || t.school_year || '-g' || lpad(c.grade::text, 2, '0')
                           AS "_course",
                       'org-' || c.school_id AS "_school", COALESCE(t.source_id, 'term-' || c.term_id) AS "_term",
                       c.id AS "_id", c.school_id AS "_schoolId", c.term_id AS "_termId", c.school_path AS "_path",
                       c.source_id::text AS "_source", lpad(c.grade::text, 2, '0') AS "grades",
                       'org-' || c.school_id AS "school.sourcedId",
                       COALESCE(t.source_id, 'term-' || c.term_id) AS "terms.sourcedId"
                FROM roster.school_class c JOIN roster.term t ON t.id = c.term_id
                WHERE c.school_path LIKE :scopePattern""";
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
                SqlCollection.prefixes("class-", "", SqlCollection.SOURCE, ""));
    }

    /** The users collection as this client may read it: identifiers in full only with EduCloud's own scope. */
    SqlCollection users(IntegrationCaller caller) {
        return caller.holds(IntegrationScopes.FULL_IDENTIFIERS) ? usersInFull : users;
    }

    SqlCollection students(IntegrationCaller caller) {
        return caller.holds(IntegrationScopes.FULL_IDENTIFIERS) ? studentsInFull : students;
    }

    SqlCollection teachers(IntegrationCaller caller) {
        return caller.holds(IntegrationScopes.FULL_IDENTIFIERS) ? teachersInFull : teachers;
    }

    private SqlCollection users(boolean inFull) {
        return userCollection("users", UserRowsSql.students(inFull) + "\nUNION ALL\n" + UserRowsSql.staff(inFull)
                        + "\nUNION ALL\n" + UserRowsSql.guardians(inFull),
                "r.\"_kind\", r.\"_id\"", SqlCollection.prefixes("user-s-", "s", "user-t-", "t", "user-g-", "g",
                        SqlCollection.SOURCE, ""));
    }

    /** Students alone: a class's or school's students read one table and its indexes. */
    private SqlCollection students(boolean inFull) {
        return userCollection("users", UserRowsSql.students(inFull), "r.\"_id\"",
                SqlCollection.prefixes("user-s-", "", SqlCollection.SOURCE, ""));
    }

    private SqlCollection teachers(boolean inFull) {
        return userCollection("users", UserRowsSql.staff(inFull), "r.\"_id\"",
                SqlCollection.prefixes("user-t-", "", SqlCollection.SOURCE, ""));
    }

    private SqlCollection userCollection(String plural, String sql, String order, Map<String, String> keys) {
        return new SqlCollection(plural, "user", sql, order,
                fields("status", FieldType.STRING, "dateLastModified", FieldType.DATETIME,
                        "enabledUser", FieldType.BOOLEAN, "givenName", FieldType.STRING,
                        "familyName", FieldType.STRING, "identifier", FieldType.STRING, "role", FieldType.STRING,
                        "email", FieldType.STRING, "username", FieldType.STRING),
                Set.of("sourcedId", "status", "dateLastModified", "userMasterIdentifier", "username", "userIds",
                        "enabledUser", "givenName", "familyName", "middleName", "preferredFirstName",
                        "preferredMiddleName", "preferredLastName", "pronouns", "roles", "userProfiles", "primaryOrg",
                        "identifier",
                        "email", "sms", "phone", "agents", "grades", "resources"),
                (rs, refs) -> {
                    Map<String, Object> o = SqlCollection.header(rs);
                    String identifier = rs.getString("identifier");
                    List<Map<String, Object>> userIds = new ArrayList<>();
                    if (identifier != null) {
                        userIds.add(Map.of("type", rs.getString("_idType"), "identifier", identifier));
                    }
                    userIds.addAll(SourceUserIds.parse(rs.getString("_userIds")));
                    o.put("username", null);
                    o.put("userIds", userIds);
                    o.put("enabledUser", String.valueOf(rs.getBoolean("enabledUser")));
                    o.put("givenName", rs.getString("givenName"));
                    o.put("familyName", rs.getString("familyName"));
                    o.put("roles", List.of(role(rs.getString("role"), refs.org(rs.getString("_school")))));
                    o.put("primaryOrg", refs.org(rs.getString("_school")));
                    o.put("userProfiles", List.of());
                    o.put("identifier", identifier);
                    o.put("email", rs.getString("email"));
                    o.put("agents", new ArrayList<>());
                    o.put("grades", new ArrayList<>());
                    o.put("resources", List.of());
                    o.put("_kind", rs.getString("_kind"));
                    o.put("_id", rs.getLong("_id"));
                    long account = rs.getLong("_account");
                    o.put("_account", rs.wasNull() ? null : new UserId(account));
                    o.put("_refs", refs);
                    return o;
                },
                this::addUserDetails,
                keys);
    }

    private static Map<String, Object> role(String role, @Nullable Map<String, Object> org) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("roleType", "primary");
        r.put("role", role);
        r.put("org", org);
        return r;
    }

    /** Usernames, agents (guardians and children) and current grades, looked up for the page's users at once. */
    @SuppressWarnings("unchecked")
    private void addUserDetails(List<Map<String, Object>> rows, OrgPath reach) {
        if (rows.isEmpty()) {
            return;
        }
        List<UserId> accounts = rows.stream().map(r -> (UserId) r.get("_account"))
                .filter(java.util.Objects::nonNull).toList();
        Map<UserId, String> usernames = accounts.isEmpty() ? Map.of() : identity.usernames(accounts);
        Set<Long> students = new LinkedHashSet<>();
        Set<Long> guardians = new LinkedHashSet<>();
        rows.forEach(r -> {
            if ("s".equals(r.get("_kind"))) {
                students.add((Long) r.get("_id"));
            } else if ("g".equals(r.get("_kind"))) {
                guardians.add((Long) r.get("_id"));
            }
        });
        Map<String, List<String>> agents = new HashMap<>();
        Map<Long, List<String>> grades = new HashMap<>();
        if (!students.isEmpty()) {
            // Agents are named only when they are in the client's reach too.
            jdbc.sql("SELECT l.student_id, COALESCE(g.source_id, 'user-g-' || g.id) FROM roster.guardianship l "
                            + "JOIN roster.guardian g "
                            + "ON g.id = l.guardian_id WHERE l.student_id IN (:ids) AND g.school_path LIKE :reach "
                            + "ORDER BY l.guardian_id").param("ids", students).param("reach", reach.likePattern())
                    .query((rs, n) -> {
                        agents.computeIfAbsent("s" + rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                        return null;
                    }).list();
            jdbc.sql("""
                            SELECT DISTINCT e.student_id, lpad(c.grade::text, 2, '0') FROM roster.enrolment e
                            JOIN roster.school_class c ON c.id = e.class_id
                            WHERE e.student_id IN (:ids) AND e.ends_on IS NULL""").param("ids", students)
                    .query((rs, n) -> {
                        grades.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                        return null;
                    }).list();
        }
        if (!guardians.isEmpty()) {
            jdbc.sql("SELECT l.guardian_id, COALESCE(s.source_id, 'user-s-' || s.id) FROM roster.guardianship l "
                            + "JOIN roster.student s "
                            + "ON s.id = l.student_id WHERE l.guardian_id IN (:ids) AND s.school_path LIKE :reach "
                            + "ORDER BY l.student_id").param("ids", guardians).param("reach", reach.likePattern())
                    .query((rs, n) -> {
                        agents.computeIfAbsent("g" + rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                        return null;
                    }).list();
        }
        for (Map<String, Object> row : rows) {
            Refs refs = (Refs) row.get("_refs");
            UserId account = (UserId) row.get("_account");
            row.put("username", account == null ? row.get("sourcedId") : usernames.getOrDefault(account,
                    (String) row.get("sourcedId")));
            String key = row.get("_kind") + String.valueOf(row.get("_id"));
            List<Object> agentRefs = (List<Object>) row.get("agents");
            agents.getOrDefault(key, List.of()).forEach(id -> agentRefs.add(refs.ref("users", id, "user")));
            if ("s".equals(row.get("_kind"))) {
                ((List<Object>) row.get("grades")).addAll(grades.getOrDefault((Long) row.get("_id"), List.of()));
            }
        }
    }

    private SqlCollection enrollments() {
        String sql = """
                SELECT COALESCE(e.source_id, 'enr-' || e.id)::text AS "sourcedId",
                       (CASE WHEN e.removed_at IS NOT NULL OR e.ends_on < :today OR c.removed_at IS NOT NULL
                             THEN 'tobedeleted' ELSE 'active' END)::text AS "status",
                       (CASE WHEN e.removed_at IS NULL AND e.ends_on < :today
                             THEN greatest(e.updated_at, (e.ends_on + 1)::timestamp AT TIME ZONE :zone)
                             ELSE e.updated_at END) AS "dateLastModified",
                       'student'::text AS "role", FALSE AS "primary", e.starts_on AS "beginDate",
                       e.ends_on + 1 AS "endDate",
                       COALESCE(s.source_id, 'user-s-' || e.student_id)::text AS "_user",
                       COALESCE(c.source_id, 'class-' || e.class_id)::text AS "_class",
                       'org-' || c.school_id AS "_school", 's'::text AS "_userKind", e.student_id AS "_userId",
                       e.class_id AS "_classId", c.school_id AS "_schoolId", e.school_path::text AS "_path",
                       'e'::text AS "_kind", e.id AS "_id", e.source_id::text AS "_source",
                       COALESCE(c.source_id, 'class-' || e.class_id)::text AS "class.sourcedId",
                       COALESCE(s.source_id, 'user-s-' || e.student_id)::text AS "user.sourcedId",
                       'org-' || c.school_id AS "school.sourcedId"
                FROM roster.enrolment e JOIN roster.school_class c ON c.id = e.class_id
                JOIN roster.student s ON s.id = e.student_id
                WHERE e.school_path LIKE :scopePattern
                UNION ALL
                SELECT 'enr-h-' || c.id, 'active', c.updated_at, 'teacher', TRUE, NULL, NULL,
                       COALESCE(f.source_id, 'user-t-' || c.head_teacher_id),
                       COALESCE(c.source_id, 'class-' || c.id), 'org-' || c.school_id, 't',
                       c.head_teacher_id, c.id, c.school_id, c.school_path, 'h', c.id, NULL,
                       COALESCE(c.source_id, 'class-' || c.id), COALESCE(f.source_id, 'user-t-' || c.head_teacher_id),
                       'org-' || c.school_id
                FROM roster.school_class c JOIN roster.staff f ON f.id = c.head_teacher_id
                WHERE c.school_path LIKE :scopePattern
                UNION ALL
                SELECT 'enr-t-' || a.id, 'active', a.updated_at, 'teacher', FALSE, NULL, NULL,
                       COALESCE(f.source_id, 'user-t-' || a.staff_id), COALESCE(c.source_id, 'class-' || a.class_id),
                       'org-' || c.school_id, 't', a.staff_id,
                       a.class_id, c.school_id, c.school_path, 't', a.id, NULL,
                       COALESCE(c.source_id, 'class-' || a.class_id), COALESCE(f.source_id, 'user-t-' || a.staff_id),
                       'org-' || c.school_id
                FROM roster.teaching_assignment a JOIN roster.school_class c ON c.id = a.class_id
                JOIN roster.staff f ON f.id = a.staff_id
                WHERE c.school_path LIKE :scopePattern AND a.staff_id IS DISTINCT FROM c.head_teacher_id
                UNION ALL
                SELECT r.sourced_id, 'tobedeleted', r.removed_at, 'teacher', r.head, NULL, NULL,
                       COALESCE(f.source_id, 'user-t-' || r.staff_id), COALESCE(c.source_id, 'class-' || r.class_id),
                       'org-' || c.school_id, 't', r.staff_id, r.class_id, c.school_id, c.school_path, 'r', r.id, NULL,
                       COALESCE(c.source_id, 'class-' || r.class_id), COALESCE(f.source_id, 'user-t-' || r.staff_id),
                       'org-' || c.school_id
                FROM roster.removed_teaching r JOIN roster.school_class c ON c.id = r.class_id
                JOIN roster.staff f ON f.id = r.staff_id
                WHERE c.school_path LIKE :scopePattern AND NOT (r.head AND c.head_teacher_id IS NOT NULL)""";
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
                SqlCollection.prefixes("enr-h-", "h", "enr-t-", "t", "enr-", "e", SqlCollection.SOURCE, ""));
    }

    private SqlCollection demographics() {
        String sql = """
                SELECT COALESCE(s.source_id, 'user-s-' || s.id)::text AS "sourcedId",
                       (CASE WHEN s.removed_at IS NULL THEN 'active' ELSE 'tobedeleted' END)::text AS "status",
                       s.updated_at AS "dateLastModified", s.birth_date AS "birthDate",
                       (CASE s.gender WHEN 'MALE' THEN 'male' WHEN 'FEMALE' THEN 'female' ELSE 'unspecified' END)::text
                           AS "sex",
                       's'::text AS "_kind", s.id AS "_id", s.school_id AS "_schoolId", s.school_path::text AS "_path",
                       s.source_id::text AS "_source"
                FROM roster.student s WHERE s.school_path LIKE :scopePattern
                UNION ALL
                SELECT COALESCE(f.source_id, 'user-t-' || f.id)::text,
                       (CASE WHEN f.removed_at IS NULL AND f.employment_status <> 'LEFT' THEN 'active'
                             ELSE 'tobedeleted' END)::text,
                       f.updated_at, NULL::date,
                       (CASE f.gender WHEN 'MALE' THEN 'male' WHEN 'FEMALE' THEN 'female' ELSE 'unspecified' END)::text,
                       't'::text, f.id, f.school_id, f.school_path::text, f.source_id::text
                FROM roster.staff f WHERE f.school_path LIKE :scopePattern""";
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
                SqlCollection.prefixes("user-s-", "s", "user-t-", "t", SqlCollection.SOURCE, ""));
    }
}
