package org.educloud.roster.oneroster.csv;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.educloud.identity.IdentityManagement;
import org.educloud.roster.imports.PgCopy;
import org.educloud.roster.oneroster.OneRosterObject;
import org.educloud.roster.oneroster.csv.OneRosterRead.SourcePerson;
import org.educloud.shared.Masking;
import org.educloud.tenancy.OrgNodeView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps what a OneRoster source says of the objects it names beyond EduCloud's own model (issue 24): the
 * source's sourcedIds, which REST and the CSV export then answer with, and of people the given and family names
 * as given, email, userIds and username. A sourcedId is kept only where it is free in the tenant, across the
 * three tables of users, and never one shaped like EduCloud's own ids (those name rows already); an object keeps
 * the first source sourcedId it got, so its id does not change under clients. Part of the import's transaction.
 */
@Component
class OneRosterSourceFacts {

    /**
     * EduCloud's own sourcedIds, as a PostgreSQL regular expression: its export coming back names rows by them
     * already. Made of the prefixes of {@link OneRosterObject} (letters and dashes, nothing a pattern reads
     * otherwise); roles are no object an import keeps.
     */
    static final String OWN_ID = Stream.of(OneRosterObject.STUDENT, OneRosterObject.STAFF, OneRosterObject.GUARDIAN,
                    OneRosterObject.CLASS, OneRosterObject.TERM, OneRosterObject.ENROLMENT,
                    OneRosterObject.HEAD_TEACHER_ENROLMENT, OneRosterObject.TEACHING_ENROLMENT, OneRosterObject.ORG,
                    OneRosterObject.SCHOOL_YEAR, OneRosterObject.COURSE)
            .map(OneRosterObject::prefix).collect(Collectors.joining("|", "^(", ")[0-9]"));

    /** A people's table and the kind its rows are kept as; in this order a contested sourcedId is given. */
    private record PeopleTable(OneRosterObject kind, String table) {
    }

    private static final List<PeopleTable> PEOPLE_TABLES = List.of(
            new PeopleTable(OneRosterObject.STUDENT, "student"), new PeopleTable(OneRosterObject.STAFF, "staff"),
            new PeopleTable(OneRosterObject.GUARDIAN, "guardian"));

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final IdentityManagement identity;

    OneRosterSourceFacts(JdbcClient jdbc, DataSource dataSource, IdentityManagement identity) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.identity = identity;
    }

    /**
     * The source usernames of these new people that can be theirs: valid, without a phone or ID number, given to
     * one person of the file only and not taken by any account.
     */
    Map<String, String> freeUsernames(OneRosterRead set, List<String> sourcedIds) {
        Map<String, String> wanted = new HashMap<>();
        Map<String, Integer> uses = new HashMap<>();
        for (String id : sourcedIds) {
            SourcePerson source = set.sourcePeople().get(id);
            if (source != null && source.username() != null && !Masking.embedsPersonalNumber(source.username())) {
                wanted.put(id, source.username());
                uses.merge(source.username().toLowerCase(Locale.ROOT), 1, Integer::sum);
            }
        }
        if (wanted.isEmpty()) {
            return wanted;
        }
        Set<String> taken = identity.takenUsernames(wanted.values());
        wanted.values().removeIf(u -> taken.contains(u.toLowerCase(Locale.ROOT))
                || uses.get(u.toLowerCase(Locale.ROOT)) > 1);
        return wanted;
    }

    void keep(OrgNodeView root, OneRosterRead set, Map<String, Long> terms, Map<String, Long> classes,
              Map<String, Long> students, Map<String, Long> staff, Map<String, Long> guardians) {
        jdbc.sql("""
                CREATE TEMP TABLE tmp_or_source (kind text, local_id bigint, source_id text, given text, family text,
                    email text, user_ids text) ON COMMIT DROP""").update();
        try (PgCopy copy = PgCopy.into(dataSource,
                "tmp_or_source (kind, local_id, source_id, given, family, email, user_ids)")) {
            terms.forEach((id, local) -> copy.row(OneRosterObject.TERM.linkKind(), local, id, null, null, null, null));
            classes.forEach((id, local) -> copy.row(OneRosterObject.CLASS.linkKind(), local, id, null, null, null, null));
            List<Object[]> people = new ArrayList<>();
            students.forEach((id, local) -> people.add(new Object[] {OneRosterObject.STUDENT.linkKind(), local, id}));
            staff.forEach((id, local) -> people.add(new Object[] {OneRosterObject.STAFF.linkKind(), local, id}));
            guardians.forEach((id, local) -> people.add(new Object[] {OneRosterObject.GUARDIAN.linkKind(), local, id}));
            for (Object[] p : people) {
                SourcePerson source = set.sourcePeople().get((String) p[2]);
                if (source != null) {
                    copy.row(p[0], p[1], p[2], source.givenName(), source.familyName(), source.email(),
                            source.userIds());
                }
            }
        }
        for (PeopleTable people : PEOPLE_TABLES) {
            jdbc.sql("""
                    UPDATE roster.%s x SET given_name = t.given, family_name = t.family, email = t.email,
                        source_user_ids = t.user_ids
                    FROM tmp_or_source t WHERE t.kind = :kind AND t.local_id = x.id AND t.given IS NOT NULL
                      AND (x.given_name, x.family_name, x.email, x.source_user_ids)
                          IS DISTINCT FROM (t.given, t.family, t.email, t.user_ids)"""
                    .formatted(people.table())).param("kind", people.kind().linkKind()).update();
            keepSourcedIds(people.kind(), people.table(), "school_path", true);
        }
        keepSourcedIds(OneRosterObject.CLASS, "school_class", "school_path", false);
        keepSourcedIds(OneRosterObject.TERM, "term", "org_path", false);
    }

    /** Gives rows of one table the source's sourcedId where they have none yet and it is free in their tenant. */
    private void keepSourcedIds(OneRosterObject kind, String table, String pathColumn, boolean user) {
        String free = user ? """
                NOT EXISTS (SELECT 1 FROM roster.student o WHERE o.source_id = t.source_id
                            AND split_part(o.school_path, '/', 2) = split_part(x.%1$s, '/', 2))
                AND NOT EXISTS (SELECT 1 FROM roster.staff o WHERE o.source_id = t.source_id
                            AND split_part(o.school_path, '/', 2) = split_part(x.%1$s, '/', 2))
                AND NOT EXISTS (SELECT 1 FROM roster.guardian o WHERE o.source_id = t.source_id
                            AND split_part(o.school_path, '/', 2) = split_part(x.%1$s, '/', 2))""".formatted(pathColumn)
                : """
                NOT EXISTS (SELECT 1 FROM roster.%2$s o WHERE o.source_id = t.source_id
                            AND split_part(o.%1$s, '/', 2) = split_part(x.%1$s, '/', 2))"""
                        .formatted(pathColumn, table);
        jdbc.sql("""
                UPDATE roster.%s x SET source_id = t.source_id
                FROM (SELECT DISTINCT ON (source_id) * FROM (SELECT DISTINCT ON (local_id) * FROM tmp_or_source
                      WHERE kind = :kind AND source_id !~ '%s' AND length(source_id) <= 255
                      ORDER BY local_id, source_id) d ORDER BY source_id, local_id) t
                WHERE t.local_id = x.id AND x.source_id IS NULL AND %s"""
                .formatted(table, OWN_ID, free)).param("kind", kind.linkKind()).update();
    }

    /** Student enrolments loaded from enrollments.csv (tmp_or_enrolment with its sourced_id) keep theirs too. */
    void keepEnrolments() {
        jdbc.sql("""
                UPDATE roster.enrolment x SET source_id = t.sourced_id
                FROM (SELECT DISTINCT ON (sourced_id) * FROM (SELECT DISTINCT ON (student_id, class_id) *
                      FROM tmp_or_enrolment WHERE sourced_id IS NOT NULL AND sourced_id !~ '%1$s'
                        AND length(sourced_id) <= 255
                      ORDER BY student_id, class_id, sourced_id) d ORDER BY sourced_id) t
                WHERE x.student_id = t.student_id AND x.class_id = t.class_id AND x.source_id IS NULL
                  AND NOT EXISTS (SELECT 1 FROM roster.enrolment o WHERE o.source_id = t.sourced_id
                                  AND split_part(o.school_path, '/', 2) = split_part(x.school_path, '/', 2))"""
                .formatted(OWN_ID)).update();
    }
}
