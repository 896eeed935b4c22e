package org.educloud.roster;

import java.util.HashMap;
import java.util.Map;
import org.educloud.shared.OrgPath;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What imports kept of their sources below a node, for the CSV export: the source's sourcedIds (the export
 * writes an imported object under the id its source gave it, as REST does) and people's name parts, email and
 * userIds. Only rows that have any of it are read.
 */
@Component
class OneRosterSourceExport {

    record Person(@Nullable String givenName, @Nullable String familyName, @Nullable String email, String userIds) {
    }

    /** Looked up per kind (S student, F staff, G guardian, C class, T term, E enrolment) and EduCloud id. */
    static final class Kept {
        private final Map<String, String> ids = new HashMap<>();
        private final Map<String, Person> people = new HashMap<>();
        private final java.util.Set<String> removed = new java.util.HashSet<>();

        /** Removed by a delta (or, for staff, having left): tobedeleted on REST, left out of a bulk set. */
        boolean removed(char kind, long localId) {
            return removed.contains(kind + ":" + localId);
        }

        String id(char kind, long localId) {
            String id = ids.get(kind + ":" + localId);
            return id != null ? id : switch (kind) {
                case 'S' -> "user-s-";
                case 'F' -> "user-t-";
                case 'G' -> "user-g-";
                case 'C' -> "class-";
                case 'T' -> "term-";
                default -> "enr-";
            } + localId;
        }

        @Nullable Person person(char kind, long localId) {
            return people.get(kind + ":" + localId);
        }
    }

    private final JdbcClient jdbc;

    OneRosterSourceExport(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Kept under(OrgPath root) {
        Kept kept = new Kept();
        String pattern = root.likePattern();
        for (String[] table : new String[][] {{"S", "student"}, {"F", "staff"}, {"G", "guardian"}}) {
            // Guardians are written with their children, who may be linked from below the node only.
            String where = table[0].equals("G") ? "x.id IN (SELECT l.guardian_id FROM roster.guardianship l "
                    + "JOIN roster.student s ON s.id = l.student_id WHERE s.school_path LIKE :pattern)"
                    : "x.school_path LIKE :pattern";
            jdbc.sql("""
                    SELECT x.id, x.source_id, x.given_name, x.family_name, x.email, x.source_user_ids
                    FROM roster.%s x WHERE %s AND (x.source_id IS NOT NULL OR x.given_name IS NOT NULL
                        OR x.family_name IS NOT NULL OR x.email IS NOT NULL OR x.source_user_ids IS NOT NULL)"""
                            .formatted(table[1], where))
                    .param("pattern", pattern)
                    .query((rs, n) -> {
                        String key = table[0] + ":" + rs.getLong(1);
                        if (rs.getString(2) != null) {
                            kept.ids.put(key, rs.getString(2));
                        }
                        kept.people.put(key, new Person(rs.getString(3), rs.getString(4), rs.getString(5),
                                csvUserIds(rs.getString(6))));
                        return null;
                    }).list();
        }
        for (String[] table : new String[][] {{"S", "student", "removed_at IS NOT NULL"},
                {"F", "staff", "(removed_at IS NOT NULL OR employment_status = 'LEFT')"},
                {"G", "guardian", "removed_at IS NOT NULL"}, {"C", "school_class", "removed_at IS NOT NULL"}}) {
            jdbc.sql("SELECT id FROM roster." + table[1] + " WHERE " + table[2] + " AND school_path LIKE :pattern")
                    .param("pattern", pattern)
                    .query((rs, n) -> kept.removed.add(table[0] + ":" + rs.getLong(1))).list();
        }
        read(kept, 'C', "SELECT id, source_id FROM roster.school_class WHERE source_id IS NOT NULL "
                + "AND school_path LIKE :pattern", pattern, root);
        read(kept, 'E', "SELECT id, source_id FROM roster.enrolment WHERE source_id IS NOT NULL "
                + "AND school_path LIKE :pattern", pattern, root);
        read(kept, 'T', "SELECT id, source_id FROM roster.term WHERE source_id IS NOT NULL "
                + "AND (org_path LIKE :pattern OR :path LIKE org_path || '%')", pattern, root);
        return kept;
    }

    private void read(Kept kept, char kind, String sql, String pattern, OrgPath root) {
        var query = jdbc.sql(sql).param("pattern", pattern);
        if (sql.contains(":path")) {
            query = query.param("path", root.value());
        }
        query.query((rs, n) -> kept.ids.put(kind + ":" + rs.getLong(1), rs.getString(2))).list();
    }

    /** The kept JSON userIds back in the CSV binding's {type:identifier} form. */
    private static String csvUserIds(@Nullable String json) {
        if (json == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("\\{\"type\":\"((?:[^\"\\\\]|\\\\.)*)\",\"identifier\":\"((?:[^\"\\\\]|\\\\.)*)\"}").matcher(json);
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
