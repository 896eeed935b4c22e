package org.educloud.roster.oneroster.rest;

import static org.educloud.roster.oneroster.OneRosterMapping.sourcedId;

import org.educloud.roster.oneroster.OneRosterMapping;
import org.educloud.roster.oneroster.OneRosterObject;

/**
 * The SQL of OneRoster users: one row per student, staff member and guardian, with the column aliases the users
 * collections filter and sort on (see {@link SqlCollection}).
 */
final class UserRowsSql {

    /*
     * Chinese names entered as one name are surname first; a one-character surname is the usual case (see the
     * mapping document). Names imported from OneRoster keep the given and family names as the source gave them.
     * Imported objects answer under the source's sourcedId where EduCloud kept it (_source), others under
     * EduCloud's own. A person a delta removed (removed_at), or staff who have left, are tobedeleted and disabled.
     * Every column is cast to one type in all three branches so PostgreSQL can flatten the union and push a
     * nested collection's condition (the students of one class) down to each table's index.
     */
    private static final String STUDENTS = """
            SELECT {studentId} AS "sourcedId",
                   (CASE WHEN s.removed_at IS NULL THEN 'active' ELSE 'tobedeleted' END)::text AS "status",
                   s.updated_at AS "dateLastModified",
                   s.status = 'ENROLLED' AND s.removed_at IS NULL AS "enabledUser",
                   COALESCE(s.given_name, substr(s.name, 2))::text AS "givenName",
                   COALESCE(s.family_name, substr(s.name, 1, 1))::text AS "familyName", %s AS "identifier",
                   'student'::text AS "role", {studentSchool} AS "_school", '学籍号'::text AS "_idType",
                   s.account_id AS "_account", 's'::text AS "_kind", s.id AS "_id", s.school_id AS "_schoolId",
                   s.school_path::text AS "_path", s.email::text AS "email", s.source_id::text AS "_source",
                   %s AS "_userIds"
            FROM roster.student s WHERE s.school_path LIKE :scopePattern"""
            .replace("{studentId}", sourcedId(OneRosterObject.STUDENT, "s"))
            .replace("{studentSchool}", OneRosterMapping.org("s.school_id"));
    private static final String STAFF = """
            SELECT {staffId} AS "sourcedId",
                   (CASE WHEN f.removed_at IS NULL AND f.employment_status <> 'LEFT' THEN 'active'
                         ELSE 'tobedeleted' END)::text AS "status",
                   f.updated_at AS "dateLastModified",
                   f.employment_status <> 'LEFT' AND f.removed_at IS NULL AS "enabledUser",
                   COALESCE(f.given_name, substr(f.name, 2))::text AS "givenName",
                   COALESCE(f.family_name, substr(f.name, 1, 1))::text AS "familyName", %s AS "identifier",
                   'teacher'::text AS "role", {staffSchool} AS "_school", '工号'::text AS "_idType",
                   f.account_id AS "_account", 't'::text AS "_kind", f.id AS "_id", f.school_id AS "_schoolId",
                   f.school_path::text AS "_path", f.email::text AS "email", f.source_id::text AS "_source",
                   %s AS "_userIds"
            FROM roster.staff f WHERE f.school_path LIKE :scopePattern"""
            .replace("{staffId}", sourcedId(OneRosterObject.STAFF, "f"))
            .replace("{staffSchool}", OneRosterMapping.org("f.school_id"));
    static final String GUARDIANS = """
            SELECT {guardianId},
                   (CASE WHEN g.removed_at IS NULL THEN 'active' ELSE 'tobedeleted' END)::text, g.updated_at,
                   g.removed_at IS NULL, COALESCE(g.given_name, substr(g.name, 2))::text,
                   COALESCE(g.family_name, substr(g.name, 1, 1))::text,
                   NULL::text,
                   CASE WHEN EXISTS (SELECT 1 FROM roster.guardianship l WHERE l.guardian_id = g.id
                                     AND {parentRelation}) THEN 'parent' ELSE 'guardian' END,
                   {guardianSchool}, NULL::text, g.account_id, 'g'::text, g.id,
                   substring(g.school_path from '/(\\d+)/$')::bigint, g.school_path::text, g.email::text,
                   g.source_id::text, %s
            FROM roster.guardian g WHERE g.school_path LIKE :scopePattern"""
            .replace("{guardianId}", sourcedId(OneRosterObject.GUARDIAN, "g"))
            .replace("{parentRelation}", OneRosterMapping.isParent("l.relation"))
            .replace("{guardianSchool}", OneRosterMapping.org("substring(g.school_path from '/(\\d+)/$')"));

    /*
     * A student number is "G" and the ID number, and some schools use ID or phone numbers as staff numbers: masked
     * in the query itself, as the roster masks them in its lists, so a filter or sort on identifier sees only the
     * masked value and cannot be used to guess the number digit by digit. A student imported without a number has
     * no identifier at all (not a mask of nothing).
     */
    private static final String STUDENT_NUMBER_MASKED = """
            CASE WHEN s.student_number IS NULL THEN NULL
                 WHEN length(s.student_number) >= 11 THEN left(s.student_number, 7)
                 || repeat('*', length(s.student_number) - 11) || right(s.student_number, 4) ELSE '****' END""";
    private static final String STAFF_NUMBER_MASKED = """
            CASE WHEN f.staff_number ~ '[0-9]{11}' THEN regexp_replace(regexp_replace(f.staff_number,
                 '([0-9]{6})[0-9]{2,}([0-9]{3}[0-9Xx])', '\\1********\\2', 'g'),
                 '([0-9]{3})[0-9]{4}([0-9]{4})', '\\1****\\2', 'g') ELSE f.staff_number END""";

    private UserRowsSql() {
    }

    /*
     * The source's userIds (JSON) may carry ID or phone numbers as well: only clients allowed full identifiers
     * receive them.
     */
    static String students(boolean fullIdentifiers) {
        return STUDENTS.formatted(fullIdentifiers ? "s.student_number::text" : STUDENT_NUMBER_MASKED,
                fullIdentifiers ? "s.source_user_ids::text" : "NULL::text");
    }

    static String staff(boolean fullIdentifiers) {
        return STAFF.formatted(fullIdentifiers ? "f.staff_number::text" : STAFF_NUMBER_MASKED,
                fullIdentifiers ? "f.source_user_ids::text" : "NULL::text");
    }

    static String guardians(boolean fullIdentifiers) {
        return GUARDIANS.formatted(fullIdentifiers ? "g.source_user_ids::text" : "NULL::text");
    }
}
