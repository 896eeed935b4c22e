package org.educloud.roster.oneroster.rest;

import static org.educloud.roster.oneroster.OneRosterMapping.sourcedId;
import static org.educloud.roster.oneroster.rest.SqlCollection.fields;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.educloud.identity.IdentityManagement;
import org.educloud.identity.IntegrationCaller;
import org.educloud.identity.IntegrationScope;
import org.educloud.roster.oneroster.OneRosterObject;
import org.educloud.roster.oneroster.rest.SqlCollection.FieldType;
import org.educloud.shared.OrgPath;
import org.educloud.shared.UserId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The OneRoster users collection and its students-only and teachers-only forms, with and without full identifiers. */
final class UserCollections {

    private final SqlCollection users;
    private final SqlCollection students;
    private final SqlCollection teachers;
    private final SqlCollection usersInFull;
    private final SqlCollection studentsInFull;
    private final SqlCollection teachersInFull;

    private final JdbcClient jdbc;
    private final IdentityManagement identity;

    UserCollections(JdbcClient jdbc, IdentityManagement identity) {
        this.jdbc = jdbc;
        this.identity = identity;
        this.users = users(false);
        this.students = students(false);
        this.teachers = teachers(false);
        this.usersInFull = users(true);
        this.studentsInFull = students(true);
        this.teachersInFull = teachers(true);
    }

    /** The users collection as this client may read it: identifiers in full only with EduCloud's own scope. */
    SqlCollection users(IntegrationCaller caller) {
        return caller.holds(IntegrationScope.FULL_IDENTIFIERS) ? usersInFull : users;
    }

    SqlCollection students(IntegrationCaller caller) {
        return caller.holds(IntegrationScope.FULL_IDENTIFIERS) ? studentsInFull : students;
    }

    SqlCollection teachers(IntegrationCaller caller) {
        return caller.holds(IntegrationScope.FULL_IDENTIFIERS) ? teachersInFull : teachers;
    }

    private SqlCollection users(boolean inFull) {
        return userCollection("users", UserRowsSql.students(inFull) + "\nUNION ALL\n" + UserRowsSql.staff(inFull)
                        + "\nUNION ALL\n" + UserRowsSql.guardians(inFull),
                "r.\"_kind\", r.\"_id\"", SqlCollection.prefixes(OneRosterObject.STUDENT.prefix(), "s",
                        OneRosterObject.STAFF.prefix(), "t", OneRosterObject.GUARDIAN.prefix(), "g",
                        SqlCollection.SOURCE, ""));
    }

    /** Students alone: a class's or school's students read one table and its indexes. */
    private SqlCollection students(boolean inFull) {
        return userCollection("users", UserRowsSql.students(inFull), "r.\"_id\"",
                SqlCollection.prefixes(OneRosterObject.STUDENT.prefix(), "", SqlCollection.SOURCE, ""));
    }

    private SqlCollection teachers(boolean inFull) {
        return userCollection("users", UserRowsSql.staff(inFull), "r.\"_id\"",
                SqlCollection.prefixes(OneRosterObject.STAFF.prefix(), "", SqlCollection.SOURCE, ""));
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
            jdbc.sql("SELECT l.student_id, " + sourcedId(OneRosterObject.GUARDIAN, "g") + " FROM roster.guardianship l "
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
            jdbc.sql("SELECT l.guardian_id, " + sourcedId(OneRosterObject.STUDENT, "s") + " FROM roster.guardianship l "
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
}
