package org.educloud.roster.oneroster.csv;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.educloud.roster.oneroster.OneRosterObject;
import org.educloud.tenancy.OrgNodeView;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Finds the EduCloud row a sourcedId names when the file itself does not define it (a delta file names rows an
 * earlier file created): first the links recorded by earlier imports into the same root, then EduCloud's own
 * sourcedIds as its exports write them ({@code class-12}, {@code user-s-34}, ...), always within the root: a link
 * to a student who has since transferred to a school outside the root is not followed.
 */
final class OneRosterLinks {

    /** A row the sourcedId names: its kind (kept in the link table as {@link OneRosterObject#code()}) and its id. */
    record Local(OneRosterObject kind, long id) {

        boolean is(OneRosterObject object) {
            return kind == object;
        }
    }

    /** The kinds of people a user's sourcedId may name, in the order a link is looked for. */
    private static final List<OneRosterObject> PEOPLE =
            List.of(OneRosterObject.STUDENT, OneRosterObject.STAFF, OneRosterObject.GUARDIAN);

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
                            (l.kind = :student AND EXISTS (SELECT 1 FROM roster.student x
                                                      WHERE x.id = l.local_id AND x.school_path LIKE :pattern))
                         OR (l.kind = :staff AND EXISTS (SELECT 1 FROM roster.staff x
                                                      WHERE x.id = l.local_id AND x.school_path LIKE :pattern))
                         OR (l.kind = :guardian AND EXISTS (SELECT 1 FROM roster.guardian x
                                                      WHERE x.id = l.local_id AND x.school_path LIKE :pattern))
                         OR (l.kind = :class AND EXISTS (SELECT 1 FROM roster.school_class x
                                                      WHERE x.id = l.local_id AND x.school_path LIKE :pattern))
                         OR (l.kind = :term AND EXISTS (SELECT 1 FROM roster.term x WHERE x.id = l.local_id
                                                      AND (x.org_path LIKE :pattern OR :path LIKE x.org_path || '%'))))""")
                .param("root", root.id().value()).param("pattern", root.path().likePattern())
                .param("path", root.path().value())
                .param("student", OneRosterObject.STUDENT.linkKind()).param("staff", OneRosterObject.STAFF.linkKind())
                .param("guardian", OneRosterObject.GUARDIAN.linkKind())
                .param("class", OneRosterObject.CLASS.linkKind()).param("term", OneRosterObject.TERM.linkKind())
                .query((rs, n) -> links.put(rs.getString(2) + rs.getString(1),
                        new Local(OneRosterObject.ofCode(rs.getString(2).charAt(0)), rs.getLong(3))))
                .list();
    }

    Optional<Long> term(String sourcedId) {
        if (misses.contains("T:" + sourcedId)) {
            return Optional.empty();
        }
        return linked(sourcedId, OneRosterObject.TERM).or(() -> remember(OneRosterObject.TERM, sourcedId,
                own(sourcedId, OneRosterObject.TERM,
                "SELECT count(*) FROM roster.term WHERE id = ? AND (org_path LIKE ? OR ? LIKE org_path || '%')", true)
                .or(() -> kept(sourcedId, "SELECT id FROM roster.term WHERE source_id = ? "
                        + "AND (org_path LIKE ? OR ? LIKE org_path || '%')", true))));
    }

    Optional<Long> schoolClass(String sourcedId) {
        if (misses.contains("C:" + sourcedId)) {
            return Optional.empty();
        }
        return linked(sourcedId, OneRosterObject.CLASS).or(() -> remember(OneRosterObject.CLASS, sourcedId,
                own(sourcedId, OneRosterObject.CLASS,
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

    private Optional<Long> remember(OneRosterObject kind, String sourcedId, Optional<Long> id) {
        id.ifPresentOrElse(value -> links.put("own" + kind.code() + ":" + sourcedId, new Local(kind, value)),
                () -> misses.add(kind.code() + ":" + sourcedId));
        return id;
    }

    Optional<Local> person(String sourcedId) {
        for (OneRosterObject kind : PEOPLE) {
            Local link = links.get(kind.code() + sourcedId);
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
        Optional<Local> own = own(sourcedId, OneRosterObject.STUDENT, "SELECT count(*) FROM roster.student WHERE id = ? AND school_path LIKE ?", false)
                .map(id -> new Local(OneRosterObject.STUDENT, id))
                .or(() -> own(sourcedId, OneRosterObject.STAFF,
                        "SELECT count(*) FROM roster.staff WHERE id = ? AND school_path LIKE ?", false)
                        .map(id -> new Local(OneRosterObject.STAFF, id)))
                .or(() -> own(sourcedId, OneRosterObject.GUARDIAN,
                        "SELECT count(*) FROM roster.guardian WHERE id = ? AND school_path LIKE ?", false)
                        .map(id -> new Local(OneRosterObject.GUARDIAN, id)))
                .or(() -> kept(sourcedId, "SELECT id FROM roster.student WHERE source_id = ? AND school_path LIKE ?",
                        false).map(id -> new Local(OneRosterObject.STUDENT, id)))
                .or(() -> kept(sourcedId, "SELECT id FROM roster.staff WHERE source_id = ? AND school_path LIKE ?",
                        false).map(id -> new Local(OneRosterObject.STAFF, id)))
                .or(() -> kept(sourcedId, "SELECT id FROM roster.guardian WHERE source_id = ? AND school_path LIKE ?",
                        false).map(id -> new Local(OneRosterObject.GUARDIAN, id)));
        // A million enrolment rows name the same few thousand people: ask the database once per sourcedId.
        own.ifPresentOrElse(local -> links.put("ownP:" + sourcedId, local), () -> misses.add("P:" + sourcedId));
        return own;
    }

    /**
     * The student a user's sourcedId names: one this import wrote ({@code written}, by sourcedId), else one an
     * earlier import linked or EduCloud's own id names; null when it names no student.
     */
    @Nullable Long student(String sourcedId, Map<String, Long> written) {
        Long id = written.get(sourcedId);
        return id != null ? id : person(sourcedId).filter(l -> l.is(OneRosterObject.STUDENT)).map(Local::id)
                .orElse(null);
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
                            LEFT JOIN roster.oneroster_link l ON l.root_org_id = ? AND l.kind = ? AND l.local_id = s.id
                            WHERE s.student_number IS NULL AND s.school_path LIKE ?""")
                    .params(root.id().value(), OneRosterObject.STUDENT.linkKind(), root.path().likePattern())
                    .query((rs, n) -> {
                        long id = rs.getLong(1);
                        found.put(OneRosterObject.STUDENT.ownSourcedId(id), id);
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

    private Optional<Long> linked(String sourcedId, OneRosterObject kind) {
        Local link = links.get(kind.code() + sourcedId);
        if (link == null) {
            link = links.get("own" + kind.code() + ":" + sourcedId);
        }
        return link == null ? Optional.empty() : Optional.of(link.id());
    }

    private Optional<Long> own(String sourcedId, OneRosterObject kind, String sql, boolean alsoAbove) {
        String prefix = kind.prefix();
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
