package org.educloud.roster.oneroster.csv;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.educloud.identity.IdentityManagement;
import org.educloud.roster.imports.PgCopy;
import org.educloud.roster.imports.RunningImport;
import org.educloud.roster.people.PersonAccounts;
import org.educloud.shared.tabular.ImportLimits;
import org.educloud.shared.tabular.ImportProblem;
import org.educloud.roster.ImportRunView;
import org.educloud.roster.oneroster.OneRosterObject;
import org.educloud.roster.oneroster.csv.OneRosterRead.PersonKind;
import org.educloud.roster.oneroster.csv.OneRosterRead.PersonRow;
import org.educloud.shared.Scope;
import org.educloud.tenancy.OrgKind;
import org.educloud.tenancy.OrgNodeView;
import org.educloud.tenancy.TenancyManagement;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A OneRoster 1.2 CSV zip imported into a bureau or school, all or nothing: the first pass reads every file
 * and checks it against the binding, EduCloud's rules and the database; only a set without any problem is
 * written, in the caller's transaction. Schools are never created by a file (the tenancy module owns them):
 * each school row must match a school under the import root by 学校标识码 or EduCloud sourcedId. Importing the
 * same set again updates the same rows (natural keys, and the sourcedId links kept per root); a delta file's
 * {@code tobedeleted} rows end memberships rather than erase records.
 */
@Component
public class ImportingOneRoster {

    /**
     * Problems of a set listed file by file in reading order (the set's own first), then by row: interleaving the
     * rows of several files by number would put users.csv row 3 between enrollments.csv rows 2 and 4.
     */
    static final java.util.Comparator<ImportProblem> BY_FILE_THEN_ROW = java.util.Comparator
            .comparingInt((ImportProblem p) -> fileIndex(p.column())).thenComparingLong(ImportProblem::row);

    private static int fileIndex(String column) {
        if (column == null) {
            return -1;
        }
        int end = column.indexOf(".csv");
        int index = end < 0 ? -1 : OneRosterFileSet.ORDER.indexOf(column.substring(0, end));
        return index < 0 ? OneRosterFileSet.ORDER.size() : index;
    }
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ImportingOneRoster.class);

    private final OneRosterWriting writing;
    private final TenancyManagement tenancy;
    private final IdentityManagement identity;
    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final ImportLimits limits;

    ImportingOneRoster(OneRosterWriting writing, TenancyManagement tenancy,
                       IdentityManagement identity, JdbcClient jdbc, DataSource dataSource, ImportLimits limits) {
        this.limits = limits;
        this.writing = writing;
        this.tenancy = tenancy;
        this.identity = identity;
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    public ImportRunView run(RunningImport running, Path zip) {
        Scope scope = running.scope();
        OrgNodeView root = running.school();
        List<ImportProblem> problems = new ArrayList<>();
        List<ImportProblem> warnings = new ArrayList<>();
        OneRosterRead set;
        try (OneRosterFileSet files = OneRosterFileSet.unpack(zip, limits)) {
            // Every file's header first, so one upload names all the columns to fix.
            files.checkHeaders(problems, warnings);
            if (!problems.isEmpty()) {
                return running.rejected(0, problems, BY_FILE_THEN_ROW);
            }
            OneRosterLinks links = new OneRosterLinks(jdbc, root);
            List<OrgNodeView> schools = new ArrayList<>(tenancy.schoolsUnder(root.path()));
            if (root.kind() == OrgKind.SCHOOL && schools.stream().noneMatch(s -> s.id().equals(root.id()))) {
                schools.add(root);
            }
            schools.removeIf(s -> !s.isActive());
            long started = System.nanoTime();
            try {
                set = new OneRosterReading(files, schools, links, problems, warnings).read(running::progress);
            } catch (OneRosterFileSet.Refused e) {
                problems.add(e.problem());
                return running.rejected(0, problems, BY_FILE_THEN_ROW);
            }
            long read = System.nanoTime();
            // Also when the files have problems, so one run reports everything there is to fix.
            Map<String, Long> numbersGiven = checkAgainstDatabase(root, set, links, problems, warnings);
            LOG.info("OneRoster import into {}: read and checked {} rows in {} ms, checked against the database in {} ms",
                    root.name(), set.size(), (read - started) / 1_000_000, (System.nanoTime() - read) / 1_000_000);
            if (!problems.isEmpty()) {
                return running.rejected(set.size(), problems, BY_FILE_THEN_ROW);
            }
            OneRosterWriting.Outcome outcome;
            try {
                outcome = writing.write(scope, root, set, numbersGiven, files, links, warnings);
            } catch (OneRosterFileSet.Refused e) {
                // The files were read once already; failing now rolls the whole import back.
                throw new IllegalStateException("the OneRoster files changed between the passes", e);
            }
            warnings.sort(BY_FILE_THEN_ROW);
            return running.applied(set.size(), outcome.created(), outcome.updated(),
                    warnings);
        } catch (OneRosterFileSet.Refused e) {
            problems.add(e.problem());
            return running.rejected(0, problems);
        }
    }

    /**
     * What only the database can tell: a student registered at another school moves by a transfer, not an
     * import; new staff members' usernames (school code and staff number) must be free; a new staff member needs
     * a qualification and a title. Students and guardians get generated usernames, which are free by making.
     *
     * @return the 全国学籍号 the file gives students EduCloud has without one (found by their sourcedId), each
     *         free: number to the student's id; the writing gives them the number before merging by it
     */
    private Map<String, Long> checkAgainstDatabase(OrgNodeView root, OneRosterRead set, OneRosterLinks links,
                                                   List<ImportProblem> problems, List<ImportProblem> warnings) {
        Map<String, Long> numbersGiven = new HashMap<>();
        jdbc.sql("CREATE TEMP TABLE tmp_or_check (student_number text, school_id bigint, row_number bigint) "
                + "ON COMMIT DROP").update();
        Map<String, PersonRow> students = new HashMap<>();
        List<PersonRow> numberless = new ArrayList<>();
        try (PgCopy copy = PgCopy.into(dataSource, "tmp_or_check (student_number, school_id, row_number)")) {
            for (PersonRow p : set.people().values()) {
                if (p.kind() == PersonKind.STUDENT && !p.deleted() && p.identifier().isEmpty()) {
                    // Without a number, a student is new unless an earlier import (or EduCloud's export) linked them.
                    if (links.person(p.sourcedId()).filter(l -> l.is(OneRosterObject.STUDENT)).isEmpty()) {
                        numberless.add(p);
                    }
                } else if (p.kind() == PersonKind.STUDENT && !p.deleted()) {
                    students.put(p.identifier(), p);
                    copy.row(p.identifier(), set.schools().get(p.schoolSourcedId()).id().value(), p.row());
                    Long numberlessId = links.numberlessStudents().get(p.sourcedId());
                    if (numberlessId != null && links.person(p.sourcedId())
                            .filter(l -> l.is(OneRosterObject.STUDENT) && l.id() == numberlessId).isPresent()) {
                        // Known without a number and now sent with one: the number goes to them if it is free.
                        numbersGiven.put(p.identifier(), numberlessId);
                    }
                }
            }
        }
        List<String> known = new ArrayList<>();
        jdbc.sql("""
                        SELECT s.student_number, s.school_id <> t.school_id FROM tmp_or_check t
                        JOIN roster.student s ON s.student_number = t.student_number""")
                .query((rs, n) -> {
                    known.add(rs.getString(1));
                    if (rs.getBoolean(2) && !numbersGiven.containsKey(rs.getString(1))) {
                        PersonRow p = students.get(rs.getString(1));
                        problems.add(ImportProblem.at(p.row(), "users.csv: identifier", p.identifier(),
                                "roster.import.error.otherSchool"));
                    }
                    return null;
                }).list();
        for (String number : known) {
            if (numbersGiven.remove(number) != null) {
                PersonRow p = students.get(number);
                problems.add(ImportProblem.at(p.row(), "users.csv: identifier", p.identifier(),
                        "roster.oneroster.error.studentNumberTaken"));
            }
        }
        known.forEach(students::remove);
        // Those who get their number are not new: what EduCloud has of them (sex, birth date) stands.
        numbersGiven.keySet().forEach(students::remove);
        List<PersonRow> newStudents = new ArrayList<>(students.values());
        newStudents.addAll(numberless);
        for (PersonRow p : newStudents) {
            if (p.gender() == null) {
                problems.add(ImportProblem.at(p.row(), "users.csv: sourcedId", p.sourcedId(),
                        "roster.oneroster.error.sexRequired"));
            }
            if (p.birthDate() == null) {
                problems.add(ImportProblem.at(p.row(), "users.csv: sourcedId", p.sourcedId(),
                        "roster.oneroster.error.birthDateRequired"));
            }
        }
        Map<String, PersonRow> byUsername = new HashMap<>();
        Map<String, List<PersonRow>> newPhones = new HashMap<>();
        Map<String, Boolean> existingStaff = new HashMap<>();
        jdbc.sql("SELECT school_id, staff_number FROM roster.staff WHERE school_path LIKE ?")
                .param(root.path().likePattern())
                .query((rs, n) -> existingStaff.put(rs.getLong(1) + "|" + rs.getString(2), true)).list();
        for (PersonRow p : set.people().values()) {
            if (p.kind() != PersonKind.STAFF || p.deleted()) {
                continue;
            }
            OrgNodeView school = set.schools().get(p.schoolSourcedId());
            if (existingStaff.containsKey(school.id().value() + "|" + p.identifier())) {
                continue;
            }
            if (p.gender() == null) {
                // No indicator counts staff by sex: unstated (OneRoster's unspecified or other) is kept as such.
                warnings.add(ImportProblem.at(p.row(), "users.csv: sourcedId", p.sourcedId(),
                        "roster.oneroster.warning.staffSexUnstated"));
            }
            if (p.phone() != null) {
                newPhones.computeIfAbsent(p.phone(), k -> new ArrayList<>()).add(p);
            }
            if (p.qualification() == null || p.title() == null) {
                problems.add(ImportProblem.at(p.row(), "users.csv: metadata.educloud.qualification", p.identifier(),
                        "roster.oneroster.error.staffDetails"));
            }
            String username = PersonAccounts.staffUsername(school.schoolCode(), p.identifier());
            if (username != null) {
                byUsername.put(username, p);
            }
        }
        for (PersonRow p : set.people().values()) {
            if (p.kind() == PersonKind.GUARDIAN && !p.deleted() && p.phone() != null
                    && links.person(p.sourcedId()).isEmpty()) {
                newPhones.computeIfAbsent(p.phone(), k -> new ArrayList<>()).add(p);
            }
        }
        // A phone number signs in to one account only: twice in the file, or already someone's, is refused.
        Set<String> phonesTaken = identity.phonesInUse(newPhones.keySet());
        newPhones.forEach((phone, people) -> {
            if (people.size() > 1 || phonesTaken.contains(phone)) {
                people.forEach(p -> problems.add(ImportProblem.at(p.row(), "users.csv: phone", phone,
                        "roster.import.error.phoneInUse")));
            }
        });
        Set<String> taken = identity.takenUsernames(new ArrayList<>(byUsername.keySet()));
        for (String username : taken) {
            PersonRow p = byUsername.get(username);
            problems.add(ImportProblem.at(p.row(), "users.csv: identifier", p.identifier(),
                    "roster.import.error.usernameTaken"));
        }
        return Map.copyOf(numbersGiven);
    }
}
