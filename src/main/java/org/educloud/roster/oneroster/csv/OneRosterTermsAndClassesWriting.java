package org.educloud.roster.oneroster.csv;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.educloud.shared.tabular.ImportProblem;
import org.educloud.roster.oneroster.csv.OneRosterRead.ClassRow;
import org.educloud.roster.oneroster.csv.OneRosterRead.TermRow;
import org.educloud.tenancy.OrgNodeView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes the terms and classes of a OneRoster set (found before made, a deleted class closed with its history kept),
 * apart from people because everything else an import writes hangs on the ids they get here.
 */
@Component
class OneRosterTermsAndClassesWriting {

    private final JdbcClient jdbc;
    private final Clock clock;

    OneRosterTermsAndClassesWriting(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Terms are found before they are made: by the sourcedId (EduCloud's own {@code term-N}, or a link from an earlier
     * import), else by school year and name among the terms the root uses (its own and its bureaus' above it), and
     * only then created at the root. A bureau's term is shared by all its schools, so a school's file never copies
     * or changes it: the round trip of a school's own export changes nothing, and differing dates are a warning.
     */
    Map<String, Long> terms(OrgNodeView root, OneRosterRead set, OneRosterLinks links,
                            List<ImportProblem> warnings) {
        record Existing(long id, long orgId, LocalDate startsOn, LocalDate endsOn) {
        }
        Map<String, Long> ids = new LinkedHashMap<>();
        for (TermRow term : set.terms().values()) {
            if (term.deleted()) {
                // Terms stay: classes and history hang on them.
                links.term(term.sourcedId()).ifPresent(id -> ids.put(term.sourcedId(), id));
                continue;
            }
            Long linked = links.term(term.sourcedId()).orElse(null);
            Existing existing = (linked != null
                    ? jdbc.sql("SELECT id, org_id, starts_on, ends_on FROM roster.term WHERE id = ?").param(linked)
                    : jdbc.sql("""
                            SELECT id, org_id, starts_on, ends_on FROM roster.term
                            WHERE school_year = ? AND name = ? AND (org_id = ? OR ? LIKE org_path || '%')
                            ORDER BY length(org_path) DESC LIMIT 1""")
                            .params(term.schoolYear(), term.name(), root.id().value(), root.path().value()))
                    .query((rs, n) -> new Existing(rs.getLong(1), rs.getLong(2), rs.getDate(3).toLocalDate(),
                            rs.getDate(4).toLocalDate())).optional().orElse(null);
            if (existing != null && existing.orgId() != root.id().value()
                    && !root.path().value().startsWith(orgPathOf(existing.id()))) {
                // A term of a school below the root (a district's import): the root's admins manage it.
                updateDates(existing.id(), term);
                ids.put(term.sourcedId(), existing.id());
                continue;
            }
            if (existing != null && existing.orgId() != root.id().value()) {
                if (!existing.startsOn().equals(term.startsOn()) || !existing.endsOn().equals(term.endsOn())) {
                    warnings.add(ImportProblem.at(0, "academicSessions.csv: sourcedId", term.sourcedId(),
                            "roster.oneroster.warning.sharedTermKept", existing.startsOn().toString(),
                            existing.endsOn().toString()));
                }
                ids.put(term.sourcedId(), existing.id());
                continue;
            }
            if (existing != null) {
                updateDates(existing.id(), term);
                ids.put(term.sourcedId(), existing.id());
                continue;
            }
            ids.put(term.sourcedId(), jdbc.sql("""
                            INSERT INTO roster.term (org_id, org_path, school_year, name, starts_on, ends_on)
                            VALUES (?, ?, ?, ?, ?, ?)
                            ON CONFLICT (org_id, school_year, name)
                            DO UPDATE SET starts_on = EXCLUDED.starts_on, ends_on = EXCLUDED.ends_on
                            RETURNING id""")
                    .params(root.id().value(), root.path().value(), term.schoolYear(), term.name(),
                            Date.valueOf(term.startsOn()), Date.valueOf(term.endsOn()))
                    .query(Long.class).single());
        }
        return ids;
    }

    private String orgPathOf(long termId) {
        return jdbc.sql("SELECT org_path FROM roster.term WHERE id = ?").param(termId).query(String.class).single();
    }

    private void updateDates(long termId, TermRow term) {
        jdbc.sql("UPDATE roster.term SET starts_on = ?, ends_on = ? WHERE id = ? AND (starts_on, ends_on) <> (?, ?)")
                .params(Date.valueOf(term.startsOn()), Date.valueOf(term.endsOn()), termId,
                        Date.valueOf(term.startsOn()), Date.valueOf(term.endsOn())).update();
    }

    OneRosterWritten classes(OneRosterRead set, Map<String, Long> termIds, OneRosterLinks links) {
        int[] counts = new int[2];
        Map<String, Long> ids = new LinkedHashMap<>();
        Timestamp now = Timestamp.from(clock.instant());
        for (ClassRow row : set.classes().values()) {
            if (row.deleted()) {
                Long closed = links.schoolClass(row.sourcedId()).orElse(null);
                if (closed != null) {
                    ids.put(row.sourcedId(), closed);
                    counts[1] += closeClass(closed) ? 1 : 0;
                }
                continue;
            }
            OrgNodeView school = set.schools().get(row.schoolSourcedId());
            Long termId = termIds.containsKey(row.termSourcedId()) ? termIds.get(row.termSourcedId())
                    : links.term(row.termSourcedId()).orElseThrow();
            Long linked = links.schoolClass(row.sourcedId()).orElse(null);
            if (linked != null) {
                // A class the source system renamed is still the same class: its students stay in it. Listed
                // again after a delta removed it, it is back (no longer tobedeleted). Unchanged, it is not counted.
                counts[1] += jdbc.sql("""
                                UPDATE roster.school_class SET name = ?, grade = ?, kind = ?, term_id = ?, removed_at = NULL
                                WHERE id = ? AND (name, grade, kind, term_id, removed_at IS NULL)
                                    IS DISTINCT FROM (?, ?, ?, ?, TRUE)""")
                        .params(row.title(), row.grade(), row.kind().name(), termId, linked, row.title(), row.grade(),
                                row.kind().name(), termId).update();
                ids.put(row.sourcedId(), linked);
                continue;
            }
            boolean[] inserted = new boolean[1];
            // An unchanged class returns no row (nothing to count); it is then only looked up.
            Long id = jdbc.sql("""
                            INSERT INTO roster.school_class (school_id, school_path, term_id, grade, name, kind, created_at)
                            VALUES (?, ?, ?, ?, ?, ?, ?)
                            ON CONFLICT (school_id, term_id, name) DO UPDATE SET grade = EXCLUDED.grade,
                                kind = EXCLUDED.kind, removed_at = NULL
                            WHERE (school_class.grade, school_class.kind, school_class.removed_at IS NULL)
                                IS DISTINCT FROM (EXCLUDED.grade, EXCLUDED.kind, TRUE)
                            RETURNING id, (xmax = 0) AS inserted""")
                    .params(school.id().value(), school.path().value(), termId, row.grade(), row.title(),
                            row.kind().name(), now)
                    .query((rs, n) -> {
                        inserted[0] = rs.getBoolean(2);
                        return rs.getLong(1);
                    }).optional().orElse(null);
            if (id != null) {
                counts[inserted[0] ? 0 : 1]++;
            } else {
                id = jdbc.sql("SELECT id FROM roster.school_class WHERE school_id = ? AND term_id = ? AND name = ?")
                        .params(school.id().value(), termId, row.title()).query(Long.class).single();
            }
            ids.put(row.sourcedId(), id);
        }
        return new OneRosterWritten(ids, counts[0], counts[1], List.of());
    }

    /** A class a delta file deletes keeps its history: its memberships end today and its teachers are released. */
    private boolean closeClass(long classId) {
        Timestamp now = Timestamp.from(clock.instant());
        int changed = jdbc.sql("UPDATE roster.enrolment SET ends_on = ?, removed_at = ? WHERE class_id = ? "
                        + "AND ends_on IS NULL")
                .params(Date.valueOf(LocalDate.now(clock)), now, classId).update();
        // Kept, and answered as tobedeleted on the REST binding.
        changed += jdbc.sql("UPDATE roster.school_class SET head_teacher_id = NULL, removed_at = COALESCE(removed_at, ?) "
                        + "WHERE id = ? AND (head_teacher_id IS NOT NULL OR removed_at IS NULL)")
                .params(now, classId).update();
        changed += jdbc.sql("DELETE FROM roster.teaching_assignment WHERE class_id = ?").param(classId).update();
        return changed > 0;
    }
}
