package org.educloud.roster.oneroster.csv;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.educloud.roster.oneroster.OneRosterObject;
import org.educloud.roster.oneroster.csv.OneRosterSet.PersonKind;
import org.educloud.tenancy.OrgNodeView;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Finds the EduCloud row a sourcedId names when the file itself does not define it (a delta file names rows an
 * earlier file created): first the links recorded by earlier imports into the same root, then EduCloud's own
 * sourcedIds as its exports write them ({@code class-12}, {@code user-s-34}, ...), always within the root: a link
 * to a student who has since transferred to a school outside the root is not followed.
 */
final class OneRosterLinks {

    /**
     * A row the sourcedId names: its kind as the link table's one-letter code ({@link OneRosterObject#code()}),
     * and its id.
     */
    record Local(char kind, long id) {

        boolean is(OneRosterObject object) {
            return kind == object.code();
        }
    }

    private final JdbcClient jdbc;
    private final OrgNodeView root;
    /** Keyed by kind and sourcedId: many systems number each of their tables from 1. */
    private final Map<String, Local> links = new HashMap<>();
    private Map<String, Long> numberless;
    /**
     * sourcedIds (by kind) already asked for and not found: an enrolment file names an unknown user or class on
     * every row, and each miss would cost several queries again.
     */
    private final java.util.Set<String> misses = new java.util.HashSet<>();

    OneRosterLinks(JdbcClient jdbc, OrgNodeView root) {
        this.jdbc = jdbc;
        this.root = root;
        jdbc.sql("""
                        SELECT l.sourced_id, l.kind, l.local_id FROM roster.oneroster_link l
                        WHERE l.root_org_id = :root AND (
                            (l.kind = 'S' AND EXISTS (SELECT 1 FROM roster.student x
                                                      WHERE x.id = l.local_id AND x.school_path LIKE :pattern))
                         OR (l.kind = 'F' AND EXISTS (SELECT 1 FROM roster.staff x
                                                      WHERE x.id = l.local_id AND x.school_path LIKE :pattern))
                         OR (l.kind = 'G' AND EXISTS (SELECT 1 FROM roster.guardian x
                                                      WHERE x.id = l.local_id AND x.school_path LIKE :pattern))
                         OR (l.kind = 'C' AND EXISTS (SELECT 1 FROM roster.school_class x
                                                      WHERE x.id = l.local_id AND x.school_path LIKE :pattern))
                         OR (l.kind = 'T' AND EXISTS (SELECT 1 FROM roster.term x WHERE x.id = l.local_id
                                                      AND (x.org_path LIKE :pattern OR :path LIKE x.org_path || '%'))))""")
                .param("root", root.id().value()).param("pattern", root.path().likePattern())
                .param("path", root.path().value())
                .query((rs, n) -> links.put(rs.getString(2) + rs.getString(1),
                        new Local(rs.getString(2).charAt(0), rs.getLong(3))))
                .list();
    }

    Optional<Long> term(String sourcedId) {
        if (misses.contains("T:" + sourcedId)) {
            return Optional.empty();
        }
        return linked(sourcedId, 'T').or(() -> remember('T', sourcedId, own(sourcedId, "term-",
                "SELECT count(*) FROM roster.term WHERE id = ? AND (org_path LIKE ? OR ? LIKE org_path || '%')", true)
                .or(() -> kept(sourcedId, "SELECT id FROM roster.term WHERE source_id = ? "
                        + "AND (org_path LIKE ? OR ? LIKE org_path || '%')", true))));
    }

    Optional<Long> schoolClass(String sourcedId) {
        if (misses.contains("C:" + sourcedId)) {
            return Optional.empty();
        }
        return linked(sourcedId, 'C').or(() -> remember('C', sourcedId, own(sourcedId, "class-",
                "SELECT count(*) FROM roster.school_class WHERE id = ? AND school_path LIKE ?", false)
                .or(() -> kept(sourcedId, "SELECT id FROM roster.school_class WHERE source_id = ? "
                        + "AND school_path LIKE ?", false))));
    }

    /**
     * An object an import into another root kept under this sourcedId, as EduCloud's export then writes it: a set
     * exported from a bureau names its schools' imported objects by their sources' sourcedIds.
     */
    private Optional<Long> kept(String sourcedId, String sql, boolean alsoAbove) {
        var query = jdbc.sql(sql).param(sourcedId).param(root.path().likePattern());
        if (alsoAbove) {
            query = query.param(root.path().value());
        }
        List<Long> ids = query.query(Long.class).list();
        return ids.size() == 1 ? Optional.of(ids.getFirst()) : Optional.empty();
    }

    private Optional<Long> remember(char kind, String sourcedId, Optional<Long> id) {
        id.ifPresentOrElse(value -> links.put("own" + kind + ":" + sourcedId, new Local(kind, value)),
                () -> misses.add(kind + ":" + sourcedId));
        return id;
    }

    Optional<Local> person(String sourcedId) {
        for (char kind : new char[] {'S', 'F', 'G'}) {
            Local link = links.get(kind + sourcedId);
            if (link != null) {
                return Optional.of(link);
            }
        }
        Local known = links.get("ownP:" + sourcedId);
        if (known != null) {
            return Optional.of(known);
        }
        if (misses.contains("P:" + sourcedId)) {
            return Optional.empty();
        }
        Optional<Local> own = own(sourcedId, "user-s-", "SELECT count(*) FROM roster.student WHERE id = ? AND school_path LIKE ?", false)
                .map(id -> new Local(OneRosterObject.STUDENT.code(), id))
                .or(() -> own(sourcedId, "user-t-",
                        "SELECT count(*) FROM roster.staff WHERE id = ? AND school_path LIKE ?", false)
                        .map(id -> new Local(OneRosterObject.STAFF.code(), id)))
                .or(() -> own(sourcedId, "user-g-",
                        "SELECT count(*) FROM roster.guardian WHERE id = ? AND school_path LIKE ?", false)
                        .map(id -> new Local(OneRosterObject.GUARDIAN.code(), id)))
                .or(() -> kept(sourcedId, "SELECT id FROM roster.student WHERE source_id = ? AND school_path LIKE ?",
                        false).map(id -> new Local(OneRosterObject.STUDENT.code(), id)))
                .or(() -> kept(sourcedId, "SELECT id FROM roster.staff WHERE source_id = ? AND school_path LIKE ?",
                        false).map(id -> new Local(OneRosterObject.STAFF.code(), id)))
                .or(() -> kept(sourcedId, "SELECT id FROM roster.guardian WHERE source_id = ? AND school_path LIKE ?",
                        false).map(id -> new Local(OneRosterObject.GUARDIAN.code(), id)));
        // A million enrolment rows name the same few thousand people: ask the database once per sourcedId.
        own.ifPresentOrElse(local -> links.put("ownP:" + sourcedId, local), () -> misses.add("P:" + sourcedId));
        return own;
    }

    /**
     * Students under the root that have no 全国学籍号, by every sourcedId that names them here (a link, EduCloud's own
     * {@code user-s-N}, the source's kept sourcedId); asked once, since such students are few. Callers confirm a
     * hit with {@link #person}, which decides what a sourcedId names.
     */
    Map<String, Long> numberlessStudents() {
        if (numberless == null) {
            Map<String, Long> found = new HashMap<>();
            jdbc.sql("""
                            SELECT s.id, s.source_id, l.sourced_id FROM roster.student s
                            LEFT JOIN roster.oneroster_link l ON l.root_org_id = ? AND l.kind = 'S' AND l.local_id = s.id
                            WHERE s.student_number IS NULL AND s.school_path LIKE ?""")
                    .params(root.id().value(), root.path().likePattern())
                    .query((rs, n) -> {
                        long id = rs.getLong(1);
                        found.put("user-s-" + id, id);
                        if (rs.getString(2) != null) {
                            found.put(rs.getString(2), id);
                        }
                        if (rs.getString(3) != null) {
                            found.put(rs.getString(3), id);
                        }
                        return null;
                    }).list();
            numberless = found;
        }
        return numberless;
    }

    static char code(PersonKind kind) {
        return switch (kind) {
            case STUDENT -> OneRosterObject.STUDENT.code();
            case STAFF -> OneRosterObject.STAFF.code();
            case GUARDIAN -> OneRosterObject.GUARDIAN.code();
        };
    }

    private Optional<Long> linked(String sourcedId, char kind) {
        Local link = links.get(kind + sourcedId);
        if (link == null) {
            link = links.get("own" + kind + ":" + sourcedId);
        }
        return link == null ? Optional.empty() : Optional.of(link.id());
    }

    private Optional<Long> own(String sourcedId, String prefix, String sql, boolean alsoAbove) {
        if (!sourcedId.startsWith(prefix)) {
            return Optional.empty();
        }
        long id;
        try {
            id = Long.parseLong(sourcedId.substring(prefix.length()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        var query = jdbc.sql(sql).param(id).param(root.path().likePattern());
        if (alsoAbove) {
            query = query.param(root.path().value());
        }
        return query.query(Long.class).single() > 0 ? Optional.of(id) : Optional.empty();
    }
}
