package org.educloud.roster.imports;

import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.educloud.identity.IdentityManagement;
import org.educloud.identity.PendingAccount;
import org.educloud.roster.ImportRunView;
import org.educloud.roster.classes.Enrolment;
import org.educloud.roster.classes.EnrolmentRepository;
import org.educloud.roster.classes.SchoolClass;
import org.educloud.roster.classes.SchoolClassRepository;
import org.educloud.roster.people.RestoringPeople;
import org.educloud.roster.people.Student;
import org.educloud.roster.people.StudentRepository;
import org.educloud.roster.terms.Term;
import org.educloud.roster.terms.TermRepository;
import org.educloud.shared.Role;
import org.educloud.shared.Scope;
import org.educloud.shared.UserId;
import org.educloud.shared.tabular.ImportProblem;
import org.educloud.shared.tabular.TabularFile;
import org.educloud.tenancy.OrgNodeView;
import org.springframework.stereotype.Component;

/**
 * A school's student file, all or nothing: the first pass reads every row and checks it against the file and
 * the database, the second writes, in the caller's transaction. A file with any problem changes nothing and
 * leaves a run with every problem found; importing the same file again updates the same students (the
 * national student number is the natural key) instead of duplicating them.
 */
@Component
public class ImportingStudents {

    private static final int BATCH = 1000;

    private final StudentRepository students;
    private final SchoolClassRepository classes;
    private final TermRepository terms;
    private final EnrolmentRepository enrolments;
    private final ImportRunRecorder recorder;
    private final IdentityManagement identity;
    private final Clock clock;
    private final EntityManager entityManager;
    private final RestoringPeople restoring;

    ImportingStudents(StudentRepository students, SchoolClassRepository classes, TermRepository terms,
                      EnrolmentRepository enrolments, ImportRunRecorder recorder, IdentityManagement identity,
                      Clock clock, EntityManager entityManager, RestoringPeople restoring) {
        this.restoring = restoring;
        this.entityManager = entityManager;
        this.students = students;
        this.classes = classes;
        this.terms = terms;
        this.enrolments = enrolments;
        this.recorder = recorder;
        this.identity = identity;
        this.clock = clock;
    }

    public ImportRunView run(RunningImport running, Path file) {
        Scope scope = running.scope();
        OrgNodeView school = running.school();
        List<ImportProblem> problems = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        Map<String, SchoolClass> classesByName = currentClasses(school);
        Map<String, Long> rowOfNumber = new HashMap<>();
        ImportRunRecorder.FirstPass pass = recorder.readRows(running, file, StudentColumns.headers(), ImportRunRecorder.MAX_ROWS,
                problems, row -> StudentRowReader.read(row, today, problems)
                        .ifPresent(p -> check(p, rowOfNumber, classesByName, problems)));
        int rows = pass.rows();
        if (pass.fileRefused()) {
            return running.rejected(rows, problems);
        }
        checkAgainstOtherSchools(school, rowOfNumber, problems);
        if (!problems.isEmpty()) {
            return running.rejected(rows, problems);
        }
        return write(running, file, rows, classesByName, today);
    }

    private static void check(StudentRowReader.Parsed parsed, Map<String, Long> rowOfNumber,
                              Map<String, SchoolClass> classesByName, List<ImportProblem> problems) {
        String number = parsed.draft().studentNumber();
        Long earlier = rowOfNumber.putIfAbsent(number, parsed.row());
        if (earlier != null) {
            problems.add(ImportProblem.at(parsed.row(), StudentColumns.STUDENT_NUMBER.header(), number,
                    "roster.import.error.duplicateInFile", String.valueOf(earlier)));
        }
        if (!parsed.className().isEmpty() && !classesByName.containsKey(parsed.className())) {
            problems.add(ImportProblem.at(parsed.row(), StudentColumns.CLASS.header(), parsed.className(),
                    "roster.import.error.unknownClass"));
        }
    }

    /**
     * A student already registered at another school is moved by a transfer, never by an import. New students'
     * usernames are generated (not their student number, which carries the ID number), so none can be taken.
     */
    private void checkAgainstOtherSchools(OrgNodeView school, Map<String, Long> rowOfNumber,
                                          List<ImportProblem> problems) {
        List<String> numbers = new ArrayList<>(rowOfNumber.keySet());
        for (int from = 0; from < numbers.size(); from += 1000) {
            for (Student existing : students.findByStudentNumberIn(numbers.subList(from, Math.min(from + 1000, numbers.size())))) {
                if (!existing.schoolId().equals(school.id())) {
                    problems.add(ImportProblem.at(rowOfNumber.get(existing.studentNumber()),
                            StudentColumns.STUDENT_NUMBER.header(), existing.studentNumber(),
                            "roster.import.error.otherSchool"));
                }
            }
        }
    }

    /** What the write pass has done so far. */
    private static final class Written {
        int created;
        int updated;
    }

    private ImportRunView write(RunningImport running, Path file, int rows,
                                Map<String, SchoolClass> classesByName, LocalDate today) {
        Scope scope = running.scope();
        OrgNodeView school = running.school();
        Written written = new Written();
        try (TabularFile table = recorder.reopen(file)) {
            Iterator<TabularFile.SourceRow> it = table.rows();
            it.next();
            List<StudentRowReader.Parsed> batch = new ArrayList<>();
            while (it.hasNext()) {
                TabularFile.SourceRow row = it.next();
                if (!row.blank()) {
                    StudentRowReader.read(row, today, new ArrayList<>()).ifPresent(batch::add);
                }
                if (batch.size() == BATCH) {
                    writeBatch(scope, school, batch, classesByName, written, today);
                }
            }
            writeBatch(scope, school, batch, classesByName, written, today);
        } catch (TabularFile.Unreadable | IOException e) {
            throw new IllegalStateException("the file changed between reading and writing", e);
        }
        if (written.created + written.updated != rows) {
            // Rolls the whole import back: the second reading disagreed with the first.
            throw new IllegalStateException("wrote " + (written.created + written.updated) + " of " + rows + " rows");
        }
        return running.applied(rows, written.created, written.updated);
    }

    /**
     * Writes one batch and its accounts and enrolments, then flushes and clears the persistence context, so a
     * 100 000-row file never keeps more than one batch of entities in memory and inserts go out as JDBC batches.
     */
    private void writeBatch(Scope scope, OrgNodeView school, List<StudentRowReader.Parsed> batch,
                            Map<String, SchoolClass> classesByName, Written written, LocalDate today) {
        if (batch.isEmpty()) {
            return;
        }
        List<Student> fresh = new ArrayList<>();
        List<Long> listedAgain = new ArrayList<>();
        List<long[]> placements = new ArrayList<>();
        Map<String, Student> existing = new HashMap<>();
        students.findByStudentNumberIn(batch.stream().map(p -> p.draft().studentNumber()).toList())
                .forEach(s -> existing.put(s.studentNumber(), s));
        for (StudentRowReader.Parsed parsed : batch) {
            Student student = existing.get(parsed.draft().studentNumber());
            if (student == null) {
                student = students.save(new Student(school.id(), school.path(), parsed.draft(), clock.instant()));
                fresh.add(student);
                written.created++;
            } else {
                student.apply(parsed.draft(), clock.instant());
                listedAgain.add(student.id());
                written.updated++;
            }
            SchoolClass schoolClass = classesByName.get(parsed.className());
            if (schoolClass != null) {
                placements.add(new long[] {student.id(), schoolClass.id()});
            }
        }
        linkAccounts(scope, school, fresh);
        // A student a OneRoster delta removed is back when the school's own file lists them.
        restoring.listedAgain(scope, RestoringPeople.Table.STUDENT, listedAgain);
        java.util.Set<String> placed = new java.util.HashSet<>();
        if (!placements.isEmpty()) {
            enrolments.pairsOf(placements.stream().map(p -> p[0]).toList())
                    .forEach(row -> placed.add(row[0] + ":" + row[1]));
        }
        for (long[] pair : placements) {
            if (placed.add(pair[0] + ":" + pair[1])) {
                // A student belongs to one homeroom class at a time: moving them ends the old membership.
                enrolments.currentHomeroomOf(pair[0]).forEach(e -> e.end(today));
                enrolments.save(new Enrolment(pair[0], classes.getReferenceById(pair[1]), today));
            }
        }
        entityManager.flush();
        entityManager.clear();
        batch.clear();
    }

    private void linkAccounts(Scope scope, OrgNodeView school, List<Student> fresh) {
        if (fresh.isEmpty()) {
            return;
        }
        List<String> usernames = identity.newUsernames(Role.STUDENT, fresh.size());
        List<PendingAccount> people = new ArrayList<>(fresh.size());
        for (int i = 0; i < fresh.size(); i++) {
            people.add(new PendingAccount(usernames.get(i), fresh.get(i).name(), null));
        }
        Map<String, UserId> accounts = identity.createPending(scope, Role.STUDENT, school.id(), people);
        for (int i = 0; i < fresh.size(); i++) {
            fresh.get(i).linkAccount(accounts.get(usernames.get(i)));
        }
    }

    private Map<String, SchoolClass> currentClasses(OrgNodeView school) {
        LocalDate today = LocalDate.now(clock);
        List<Term> applicable = terms.applicableTo(school.path().value());
        Optional<Term> current = applicable.stream().filter(t -> t.view().includes(today)).findFirst()
                .or(() -> applicable.stream().findFirst());
        Map<String, SchoolClass> byName = new HashMap<>();
        current.ifPresent(term -> classes.findBySchoolIdAndTermIdOrderByGradeAscNameAsc(school.id().value(), term.id())
                .forEach(c -> byName.put(c.name(), c)));
        return byName;
    }
}
