package org.educloud.roster;

import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.educloud.identity.IdentityManagement;
import org.educloud.identity.PendingAccount;
import org.educloud.roster.OneRosterSet.ClassRow;
import org.educloud.roster.OneRosterSet.PersonKind;
import org.educloud.roster.OneRosterSet.PersonRow;
import org.educloud.roster.OneRosterSet.TermRow;
import org.educloud.shared.OrgId;
import org.educloud.shared.Role;
import org.educloud.shared.Scope;
import org.educloud.shared.UserId;
import org.educloud.tenancy.OrgNodeView;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The second pass of a OneRoster import, in the import's one transaction: upserts terms and classes, loads
 * people and enrolments with COPY into temporary tables and merges them set-wise by natural key (national
 * student number; school and staff number; student and class), creates the accounts new people need (waiting
 * for activation, no password hashing), applies a delta file's {@code tobedeleted} rows and records which row
 * each sourcedId became. Fields EduCloud keeps but OneRoster does not carry (ID number, ethnicity, equity
 * attributes) are left as they are.
 */
@Component
class OneRosterWriting {

    private static final int ACCOUNT_CHUNK = 1000;
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(OneRosterWriting.class);

    record Outcome(int created, int updated) {
    }

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final IdentityManagement identity;
    private final EntityManager entityManager;
    private final Clock clock;
    private final OneRosterEnrolments enrolments;
    private final PersonAccounts personAccounts;
    private final OneRosterSourceFacts sourceFacts;

    OneRosterWriting(JdbcClient jdbc, DataSource dataSource, IdentityManagement identity, EntityManager entityManager,
                     Clock clock, OneRosterEnrolments enrolments, PersonAccounts personAccounts,
                     OneRosterSourceFacts sourceFacts) {
        this.sourceFacts = sourceFacts;
        this.personAccounts = personAccounts;
        this.enrolments = enrolments;
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.identity = identity;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    Outcome write(Scope scope, OrgNodeView root, OneRosterSet set, OneRosterFileSet files, OneRosterLinks links,
                  List<ImportProblem> warnings) throws OneRosterFileSet.Refused {
        entityManager.flush();
        int[] counts = new int[2];
        long t0 = System.nanoTime();
        Map<String, Long> termIds = terms(root, set, links, warnings);
        Map<String, Long> classIds = classes(set, termIds, links, counts);
        long t1 = System.nanoTime();
        List<UserId> back = new ArrayList<>();
        Map<String, Long> studentIds = students(scope, set, links, counts, back);
        long t2 = System.nanoTime();
        Map<String, Long> staffIds = staff(scope, set, counts, back);
        Map<String, Long> guardianIds = guardians(scope, set, studentIds, links, counts, back);
        List<UserId> removed = deletedPeople(set, links, counts);
        sourceFacts.keep(root, set, termIds, classIds, studentIds, staffIds, guardianIds);
        // People a delta removes cannot sign in any more; people a later file brings back can again.
        identity.setEnabledByImport(scope, removed, false);
        identity.setEnabledByImport(scope, back, true);
        long t3 = System.nanoTime();
        if (files.present("enrollments")) {
            OneRosterEnrolments.Counts changed = enrolments.write(set, files, classIds, studentIds, staffIds, links);
            counts[0] += changed.created();
            counts[1] += changed.changed();
        }
        long t4 = System.nanoTime();
        recordLinks(root, termIds, classIds, studentIds, staffIds, guardianIds);
        LOG.info("OneRoster import into {} wrote terms and classes in {} ms, students {} ms, staff and guardians {} ms, "
                        + "enrolments {} ms, links {} ms", root.name(), ms(t0, t1), ms(t1, t2), ms(t2, t3), ms(t3, t4),
                ms(t4, System.nanoTime()));
        return new Outcome(counts[0], counts[1]);
    }

    private static long ms(long from, long to) {
        return (to - from) / 1_000_000;
    }

    /**
     * Terms are found before they are made: by the sourcedId (EduCloud's own {@code term-N}, or a link from an earlier
     * import), else by school year and name among the terms the root uses (its own and its bureaus' above it), and
     * only then created at the root. A bureau's term is shared by all its schools, so a school's file never copies
     * or changes it: the round trip of a school's own export changes nothing, and differing dates are a warning.
     */
    private Map<String, Long> terms(OrgNodeView root, OneRosterSet set, OneRosterLinks links,
                                    List<ImportProblem> warnings) {
        record Existing(long id, long orgId, LocalDate startsOn, LocalDate endsOn) {
        }
        Map<String, Long> ids = new LinkedHashMap<>();
        for (TermRow term : set.terms.values()) {
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

    private Map<String, Long> classes(OneRosterSet set, Map<String, Long> termIds, OneRosterLinks links,
                                      int[] counts) {
        Map<String, Long> ids = new LinkedHashMap<>();
        Timestamp now = Timestamp.from(clock.instant());
        for (ClassRow row : set.classes.values()) {
            if (row.deleted()) {
                Long closed = links.schoolClass(row.sourcedId()).orElse(null);
                if (closed != null) {
                    ids.put(row.sourcedId(), closed);
                    counts[1] += closeClass(closed) ? 1 : 0;
                }
                continue;
            }
            OrgNodeView school = set.schools.get(row.schoolSourcedId());
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
        return ids;
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

    private Map<String, Long> students(Scope scope, OneRosterSet set, OneRosterLinks links, int[] counts,
                                       List<UserId> back) {
        jdbc.sql("""
                CREATE TEMP TABLE tmp_or_student (sourced_id text, school_id bigint, school_path text,
                    student_number text, name text, gender text, birth_date date, local_id bigint) ON COMMIT DROP""")
                .update();
        // A student imported without a 全国学籍号 whom the source now sends with one gets it (the first pass saw
        // it was free), so the merge below finds them by it rather than making a second student.
        set.numbersGiven.forEach((number, studentId) -> jdbc.sql(
                        "UPDATE roster.student SET student_number = ? WHERE id = ? AND student_number IS NULL")
                .params(number, studentId).update());
        try (PgCopy copy = PgCopy.into(dataSource, "tmp_or_student (sourced_id, school_id, school_path, "
                + "student_number, name, gender, birth_date, local_id)")) {
            for (PersonRow p : set.people.values()) {
                if (p.kind() == PersonKind.STUDENT && !p.deleted()) {
                    OrgNodeView school = set.schools.get(p.schoolSourcedId());
                    Long numberless = p.identifier().isEmpty() ? numberlessStudent(p, school, links, counts, back)
                            : null;
                    copy.row(p.sourcedId(), school.id().value(), school.path().value(),
                            p.identifier().isEmpty() ? null : p.identifier(), p.name(),
                            p.gender() == null ? null : p.gender().name(), p.birthDate(), numberless);
                }
            }
        }
        back.addAll(jdbc.sql("""
                SELECT s.account_id FROM tmp_or_student t JOIN roster.student s ON s.student_number = t.student_number
                WHERE s.removed_at IS NOT NULL AND s.account_id IS NOT NULL""").query((rs, n) -> new UserId(rs.getLong(1)))
                .list());
        merge(counts, """
                INSERT INTO roster.student (school_id, school_path, student_number, name, gender, birth_date,
                                            created_at, updated_at)
                SELECT DISTINCT ON (t.student_number) t.school_id, t.school_path, t.student_number, t.name,
                       COALESCE(t.gender, x.gender), COALESCE(t.birth_date, x.birth_date), now(), now()
                FROM tmp_or_student t LEFT JOIN roster.student x ON x.student_number = t.student_number
                WHERE t.student_number IS NOT NULL
                ON CONFLICT (student_number) DO UPDATE SET name = EXCLUDED.name, gender = EXCLUDED.gender,
                    birth_date = EXCLUDED.birth_date, removed_at = NULL""");
        return withAccounts(scope, Role.STUDENT, """
                SELECT t.sourced_id, s.id, s.account_id, s.school_id, NULL::text, s.name, NULL
                FROM tmp_or_student t JOIN roster.student s ON s.student_number = t.student_number
                UNION ALL
                SELECT t.sourced_id, s.id, s.account_id, s.school_id, NULL::text, s.name, NULL
                FROM tmp_or_student t JOIN roster.student s ON s.id = t.local_id""", "student", set);
    }

    /**
     * A student without a 全国学籍号 has no natural key: the sourcedId link of an earlier import (or EduCloud's own
     * {@code user-s-N}) finds them again, else they are new. Such students are few, so they go one by one.
     */
    private long numberlessStudent(PersonRow p, OrgNodeView school, OneRosterLinks links, int[] counts,
                                   List<UserId> back) {
        Long known = links.person(p.sourcedId()).filter(l -> l.kind() == 'S').map(OneRosterLinks.Local::id)
                .orElse(null);
        String gender = p.gender() == null ? null : p.gender().name();
        if (known != null) {
            // Removed by a delta and listed again: their account signs in again (read before removed_at is cleared).
            back.addAll(jdbc.sql("SELECT account_id FROM roster.student WHERE id = ? AND removed_at IS NOT NULL "
                    + "AND account_id IS NOT NULL").param(known).query((rs, n) -> new UserId(rs.getLong(1))).list());
            jdbc.sql("""
                            UPDATE roster.student SET name = ?, gender = COALESCE(?, gender),
                                birth_date = COALESCE(?, birth_date), removed_at = NULL WHERE id = ?""")
                    .params(p.name(), gender, p.birthDate() == null ? null : Date.valueOf(p.birthDate()), known)
                    .update();
            counts[1]++;
            return known;
        }
        counts[0]++;
        return jdbc.sql("""
                        INSERT INTO roster.student (school_id, school_path, student_number, name, gender, birth_date,
                                                    created_at, updated_at)
                        VALUES (?, ?, NULL, ?, ?, ?, now(), now()) RETURNING id""")
                .params(school.id().value(), school.path().value(), p.name(), gender, Date.valueOf(p.birthDate()))
                .query(Long.class).single();
    }

    private Map<String, Long> staff(Scope scope, OneRosterSet set, int[] counts, List<UserId> back) {
        jdbc.sql("""
                CREATE TEMP TABLE tmp_or_staff (sourced_id text, school_id bigint, school_path text,
                    school_code text, staff_number text, name text, gender text, phone text, qualification text,
                    title text, full_time_teacher boolean, backbone_level text, specialist text) ON COMMIT DROP""")
                .update();
        try (PgCopy copy = PgCopy.into(dataSource, "tmp_or_staff (sourced_id, school_id, school_path, school_code, "
                + "staff_number, name, gender, phone, qualification, title, full_time_teacher, backbone_level, "
                + "specialist)")) {
            for (PersonRow p : set.people.values()) {
                if (p.kind() == PersonKind.STAFF && !p.deleted()) {
                    OrgNodeView school = set.schools.get(p.schoolSourcedId());
                    OneRosterSet.StaffAttributes a = set.staffAttributes.getOrDefault(p.sourcedId(),
                            new OneRosterSet.StaffAttributes(null, null, null));
                    copy.row(p.sourcedId(), school.id().value(), school.path().value(), school.schoolCode(),
                            p.identifier(), p.name(), p.gender() == null ? null : p.gender().name(), p.phone(),
                            p.qualification() == null ? null : p.qualification().name(),
                            p.title() == null ? null : p.title().name(), a.fullTimeTeacher(),
                            a.backboneLevel() == null ? null : a.backboneLevel().name(),
                            a.specialist() == null ? null : a.specialist().name());
                }
            }
        }
        back.addAll(jdbc.sql("""
                SELECT f.account_id FROM tmp_or_staff t
                JOIN roster.staff f ON f.school_id = t.school_id AND f.staff_number = t.staff_number
                WHERE f.removed_at IS NOT NULL AND f.account_id IS NOT NULL""").query((rs, n) -> new UserId(rs.getLong(1)))
                .list());
        // Qualification, title and the indicators' attributes come from metadata.educloud.* columns (full-time
        // teaching also from the role); an existing member keeps theirs otherwise, a new one gets the defaults.
        merge(counts, """
                INSERT INTO roster.staff (school_id, school_path, staff_number, name, gender, phone, qualification,
                                          title, full_time_teacher, backbone_level, specialist, created_at, updated_at)
                SELECT DISTINCT ON (t.school_id, t.staff_number) t.school_id, t.school_path, t.staff_number, t.name,
                       COALESCE(t.gender, e.gender), COALESCE(t.phone, e.phone), COALESCE(t.qualification, e.qualification),
                       COALESCE(t.title, e.title), COALESCE(t.full_time_teacher, e.full_time_teacher, TRUE),
                       COALESCE(t.backbone_level, e.backbone_level, 'NONE'), COALESCE(t.specialist, e.specialist, 'NONE'),
                       now(), now()
                FROM tmp_or_staff t
                LEFT JOIN roster.staff e ON e.school_id = t.school_id AND e.staff_number = t.staff_number
                ON CONFLICT (school_id, staff_number) DO UPDATE SET name = EXCLUDED.name, gender = EXCLUDED.gender,
                    phone = EXCLUDED.phone, qualification = EXCLUDED.qualification, title = EXCLUDED.title,
                    full_time_teacher = EXCLUDED.full_time_teacher, backbone_level = EXCLUDED.backbone_level,
                    specialist = EXCLUDED.specialist, removed_at = NULL,
                    employment_status = CASE WHEN staff.employment_status = 'LEFT' THEN 'EMPLOYED'
                                             ELSE staff.employment_status END""");
        return withAccounts(scope, Role.TEACHER, """
                SELECT t.sourced_id, f.id, f.account_id, f.school_id, lower(t.school_code || '-' || f.staff_number),
                       f.name, f.phone
                FROM tmp_or_staff t JOIN roster.staff f ON f.school_id = t.school_id AND f.staff_number = t.staff_number""",
                "staff", set);
    }

    private void merge(int[] counts, String insert) {
        jdbc.sql("WITH merged AS (" + insert + " RETURNING (xmax = 0) AS inserted) "
                        + "SELECT count(*) FILTER (WHERE inserted), count(*) FILTER (WHERE NOT inserted) FROM merged")
                .query((rs, n) -> {
                    counts[0] += rs.getInt(1);
                    counts[1] += rs.getInt(2);
                    return null;
                }).list();
    }

    /**
     * Maps each sourcedId to its row and gives the rows without an account a new one, waiting for activation,
     * school by school, in chunks, clearing the persistence context so a 100 000-person file stays small.
     */
    private Map<String, Long> withAccounts(Scope scope, Role role, String rowsSql, String table, OneRosterSet set) {
        // username: the one the person should have, or null for a generated one (see PersonAccounts)
        record Person(String sourcedId, long id, boolean hasAccount, long schoolId, @Nullable String username,
                      String name, String phone) {
        }
        List<Person> people = jdbc.sql(rowsSql).query((rs, n) -> new Person(rs.getString(1), rs.getLong(2),
                rs.getObject(3) != null, rs.getLong(4), rs.getString(5), rs.getString(6), rs.getString(7))).list();
        Map<String, Long> ids = new HashMap<>(people.size() * 2);
        Map<Long, List<Person>> newBySchool = new LinkedHashMap<>();
        for (Person p : people) {
            ids.put(p.sourcedId(), p.id());
            if (!p.hasAccount()) {
                newBySchool.computeIfAbsent(p.schoolId(), k -> new ArrayList<>()).add(p);
            }
        }
        if (newBySchool.isEmpty()) {
            return ids;
        }
        Map<String, String> sourceUsernames = sourceFacts.freeUsernames(set,
                newBySchool.values().stream().flatMap(List::stream).map(Person::sourcedId).toList());
        long started = System.nanoTime();
        jdbc.sql("CREATE TEMP TABLE tmp_or_account_" + table + " (id bigint, account_id bigint) ON COMMIT DROP")
                .update();
        long created;
        try (PgCopy copy = PgCopy.into(dataSource, "tmp_or_account_" + table + " (id, account_id)")) {
            for (var entry : newBySchool.entrySet()) {
                List<Person> fresh = entry.getValue();
                for (int from = 0; from < fresh.size(); from += ACCOUNT_CHUNK) {
                    List<Person> chunk = fresh.subList(from, Math.min(from + ACCOUNT_CHUNK, fresh.size()));
                    // The source's username where it is free, else the one EduCloud would give.
                    List<String> usernames = personAccounts.completed(role, chunk.stream()
                            .map(p -> sourceUsernames.getOrDefault(p.sourcedId(), p.username())).toList());
                    List<PendingAccount> pending = new ArrayList<>(chunk.size());
                    for (int i = 0; i < chunk.size(); i++) {
                        pending.add(new PendingAccount(usernames.get(i), chunk.get(i).name(), chunk.get(i).phone()));
                    }
                    Map<String, UserId> accounts = identity.createPending(scope, role, OrgId.of(entry.getKey()),
                            pending);
                    for (int i = 0; i < chunk.size(); i++) {
                        copy.row(chunk.get(i).id(), accounts.get(usernames.get(i)).value());
                    }
                    entityManager.flush();
                    entityManager.clear();
                }
            }
            created = copy.rows();
        }
        jdbc.sql("UPDATE roster." + table + " p SET account_id = t.account_id FROM tmp_or_account_" + table
                + " t WHERE p.id = t.id").update();
        LOG.info("OneRoster import created {} {} accounts in {} ms", created, role, ms(started, System.nanoTime()));
        return ids;
    }

    private Map<String, Long> guardians(Scope scope, OneRosterSet set, Map<String, Long> studentIds,
                                        OneRosterLinks links, int[] counts, List<UserId> back) {
        Map<String, Long> ids = new LinkedHashMap<>();
        for (PersonRow p : set.people.values()) {
            if (p.kind() != PersonKind.GUARDIAN || p.deleted()) {
                continue;
            }
            List<Long> children = p.agents().stream().map(a -> studentId(a, studentIds, links))
                    .filter(java.util.Objects::nonNull).toList();
            if (children.isEmpty()) {
                continue;
            }
            record Child(long schoolId, String schoolPath) {
            }
            Child first = jdbc.sql("SELECT school_id, school_path FROM roster.student WHERE id = ?")
                    .param(children.getFirst()).query((rs, n) -> new Child(rs.getLong(1), rs.getString(2))).single();
            Long existing = links.person(p.sourcedId()).filter(l -> l.kind() == 'G').map(OneRosterLinks.Local::id)
                    .orElse(null);
            long id;
            if (existing != null) {
                back.addAll(jdbc.sql("SELECT account_id FROM roster.guardian WHERE id = ? AND removed_at IS NOT NULL "
                        + "AND account_id IS NOT NULL").param(existing).query((rs, n) -> new UserId(rs.getLong(1))).list());
                jdbc.sql("UPDATE roster.guardian SET name = ?, phone = COALESCE(?, phone), removed_at = NULL WHERE id = ?")
                        .params(p.name(), p.phone(), existing).update();
                id = existing;
                counts[1]++;
            } else {
                id = jdbc.sql("INSERT INTO roster.guardian (school_path, name, phone, created_at) VALUES (?, ?, ?, ?) "
                                + "RETURNING id")
                        .params(first.schoolPath(), p.name(), p.phone(), Timestamp.from(clock.instant()))
                        .query(Long.class).single();
                String username = sourceFacts.freeUsernames(set, List.of(p.sourcedId())).getOrDefault(p.sourcedId(),
                        identity.newUsernames(Role.PARENT, 1).getFirst());
                UserId account = identity.createPending(scope, Role.PARENT, OrgId.of(first.schoolId()),
                        List.of(new PendingAccount(username, p.name(), p.phone()))).get(username);
                jdbc.sql("UPDATE roster.guardian SET account_id = ? WHERE id = ?").params(account.value(), id).update();
                counts[0]++;
            }
            String relation = !p.role().equals("parent") || p.gender() == null ? "OTHER"
                    : p.gender() == Gender.MALE ? "FATHER" : "MOTHER";
            for (Long child : children) {
                jdbc.sql("INSERT INTO roster.guardianship (student_id, guardian_id, relation) VALUES (?, ?, ?) "
                        + "ON CONFLICT DO NOTHING").params(child, id, relation).update();
            }
            ids.put(p.sourcedId(), id);
        }
        return ids;
    }

    static Long studentId(String sourcedId, Map<String, Long> studentIds, OneRosterLinks links) {
        Long id = studentIds.get(sourcedId);
        return id != null ? id : links.person(sourcedId).filter(l -> l.kind() == 'S').map(OneRosterLinks.Local::id)
                .orElse(null);
    }

    /**
     * People a delta file deletes are never erased (their records and history stay): a student's current
     * memberships end, a staff member is marked as having left and released from classes, a guardian is unlinked.
     */
    private List<UserId> deletedPeople(OneRosterSet set, OneRosterLinks links, int[] counts) {
        Date today = Date.valueOf(LocalDate.now(clock));
        Timestamp now = Timestamp.from(clock.instant());
        List<UserId> accounts = new ArrayList<>();
        for (PersonRow p : set.people.values()) {
            if (!p.deleted()) {
                continue;
            }
            links.person(p.sourcedId()).ifPresent(local -> {
                // The person is kept, marked removed: REST answers them as tobedeleted and disabled.
                String table = switch (local.kind()) {
                    case 'S' -> "student";
                    case 'F' -> "staff";
                    default -> "guardian";
                };
                // Only a removal that changes something counts (and disables): a nightly delta repeating its
                // deletions reports nothing changed, and an account an admin enabled again stays enabled.
                List<Long> removed = jdbc.sql("UPDATE roster." + table + " SET removed_at = ? "
                                + "WHERE id = ? AND removed_at IS NULL RETURNING account_id").params(now, local.id())
                        .query((rs, n) -> rs.getObject(1) == null ? -1L : rs.getLong(1)).list();
                removed.stream().filter(id -> id >= 0).forEach(id -> accounts.add(new UserId(id)));
                int changed = removed.size();
                changed += switch (local.kind()) {
                    case 'S' -> jdbc.sql("UPDATE roster.enrolment SET ends_on = ?, removed_at = ? WHERE student_id = ? "
                                    + "AND ends_on IS NULL")
                            .params(today, now, local.id()).update();
                    case 'F' -> jdbc.sql("UPDATE roster.staff SET employment_status = 'LEFT' WHERE id = ? "
                                    + "AND employment_status <> 'LEFT'").param(local.id()).update()
                            + jdbc.sql("DELETE FROM roster.teaching_assignment WHERE staff_id = ?").param(local.id())
                            .update()
                            + jdbc.sql("UPDATE roster.school_class SET head_teacher_id = NULL WHERE head_teacher_id = ?")
                            .param(local.id()).update();
                    default -> jdbc.sql("DELETE FROM roster.guardianship WHERE guardian_id = ?").param(local.id())
                            .update();
                };
                counts[1] += changed > 0 ? 1 : 0;
            });
        }
        return accounts;
    }

    private void recordLinks(OrgNodeView root, Map<String, Long> terms, Map<String, Long> classes,
                             Map<String, Long> students, Map<String, Long> staff, Map<String, Long> guardians) {
        jdbc.sql("CREATE TEMP TABLE tmp_or_link (sourced_id text, kind text, local_id bigint) ON COMMIT DROP").update();
        try (PgCopy copy = PgCopy.into(dataSource, "tmp_or_link (sourced_id, kind, local_id)")) {
            terms.forEach((id, local) -> copy.row(id, "T", local));
            classes.forEach((id, local) -> copy.row(id, "C", local));
            students.forEach((id, local) -> copy.row(id, "S", local));
            staff.forEach((id, local) -> copy.row(id, "F", local));
            guardians.forEach((id, local) -> copy.row(id, "G", local));
        }
        jdbc.sql("""
                        INSERT INTO roster.oneroster_link (root_org_id, sourced_id, kind, local_id)
                        SELECT DISTINCT ON (kind, sourced_id) ?, sourced_id, kind, local_id FROM tmp_or_link
                        ON CONFLICT (root_org_id, kind, sourced_id) DO UPDATE SET local_id = EXCLUDED.local_id
                        WHERE oneroster_link.local_id <> EXCLUDED.local_id""")
                .param(root.id().value()).update();
    }
}
