package org.educloud.roster.imports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.educloud.roster.ClassKind;
import org.educloud.roster.ImportRunView;
import org.educloud.roster.classes.Enrolment;
import org.educloud.roster.classes.EnrolmentRepository;
import org.educloud.roster.classes.SchoolClass;
import org.educloud.roster.classes.SchoolClassRepository;
import org.educloud.roster.people.Student;
import org.educloud.roster.people.StudentRepository;
import org.educloud.roster.people.upserts.HomeroomRule;
import org.educloud.roster.terms.Term;
import org.educloud.roster.terms.TermRepository;
import org.educloud.shared.Scope;
import org.educloud.shared.tabular.ImportProblem;
import org.educloud.tenancy.OrgNodeView;
import org.springframework.stereotype.Component;

/**
 * Places a school's students in its classes from a file, all or nothing: student number, school year, term and
 * class name per row. Placing a student in a homeroom class ends their other homeroom membership on the term's
 * first day ({@link HomeroomRule}, row by row in the file's order); a row already
 * in effect changes nothing, so the file can be imported again.
 */
@Component
public class ImportingEnrolments {

    public static final List<String> HEADERS = List.of("全国学籍号", "学年", "学期", "班级名称");

    private final StudentRepository students;
    private final SchoolClassRepository classes;
    private final TermRepository terms;
    private final EnrolmentRepository enrolments;
    private final ImportRunRecorder recorder;
    private final HomeroomRule homerooms;

    ImportingEnrolments(StudentRepository students, SchoolClassRepository classes, TermRepository terms,
                        EnrolmentRepository enrolments, ImportRunRecorder recorder, HomeroomRule homerooms) {
        this.homerooms = homerooms;
        this.students = students;
        this.classes = classes;
        this.terms = terms;
        this.enrolments = enrolments;
        this.recorder = recorder;
    }

    private record Placement(Student student, SchoolClass schoolClass, Term term) {
    }

    public ImportRunView run(RunningImport running, Path file) {
        OrgNodeView school = running.school();
        List<ImportProblem> problems = new ArrayList<>();
        List<String[]> raw = new ArrayList<>();
        List<Long> rowNumbers = new ArrayList<>();
        ImportRunRecorder.FirstPass pass = recorder.readRows(running, file, HEADERS, ImportRunRecorder.MAX_ROWS, problems, row -> {
            raw.add(new String[] {row.cell(0).toUpperCase(Locale.ROOT), row.cell(1), row.cell(2), row.cell(3)});
            rowNumbers.add(row.number());
        });
        int read = pass.rows();
        if (pass.fileRefused()) {
            return running.rejected(read, problems);
        }
        List<Placement> placements = check(school, raw, rowNumbers, problems);
        if (!problems.isEmpty()) {
            return running.rejected(read, problems);
        }
        int created = 0;
        for (Placement p : placements) {
            if (!enrolments.existsByStudentIdAndClassId(p.student().id(), p.schoolClass().id())) {
                if (p.schoolClass().kind() == ClassKind.HOMEROOM) {
                    // The rule reads the table: this file's earlier placements must be in it.
                    enrolments.flush();
                    homerooms.endOtherHomerooms(p.student().id(), p.schoolClass().id(), p.term().view().startsOn());
                }
                enrolments.save(new Enrolment(p.student().id(), p.schoolClass(), p.term().view().startsOn()));
                created++;
            }
        }
        return running.applied(read, created, read - created);
    }

    private List<Placement> check(OrgNodeView school, List<String[]> raw, List<Long> rowNumbers,
                                  List<ImportProblem> problems) {
        Map<String, Student> byNumber = new HashMap<>();
        List<String> numbers = raw.stream().map(r -> r[0]).distinct().toList();
        for (int from = 0; from < numbers.size(); from += 1000) {
            students.findByStudentNumberIn(numbers.subList(from, Math.min(from + 1000, numbers.size())))
                    .forEach(s -> byNumber.put(s.studentNumber(), s));
        }
        Map<String, Term> termByKey = new HashMap<>();
        terms.applicableTo(school.path().value()).forEach(t -> termByKey.put(t.view().schoolYear() + "|" + t.view().name(), t));
        Map<String, SchoolClass> classByKey = new HashMap<>();
        List<Placement> placements = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            String[] r = raw.get(i);
            long row = rowNumbers.get(i);
            Student student = byNumber.get(r[0]);
            if (student == null || !student.schoolId().equals(school.id())) {
                problems.add(ImportProblem.at(row, HEADERS.get(0), r[0], "roster.import.error.unknownStudent"));
            }
            Term term = termByKey.get(r[1] + "|" + r[2]);
            if (term == null) {
                problems.add(ImportProblem.at(row, HEADERS.get(2), r[1] + " " + r[2], "roster.import.error.unknownTerm"));
                continue;
            }
            SchoolClass schoolClass = classByKey.computeIfAbsent(term.id() + "|" + r[3], k -> classes
                    .findBySchoolIdAndTermIdOrderByGradeAscNameAsc(school.id().value(), term.id()).stream()
                    .filter(c -> c.name().equals(r[3])).findFirst().orElse(null));
            if (schoolClass == null) {
                problems.add(ImportProblem.at(row, HEADERS.get(3), r[3], "roster.import.error.unknownClass"));
            }
            if (student != null && schoolClass != null && student.schoolId().equals(school.id())) {
                placements.add(new Placement(student, schoolClass, term));
            }
        }
        return placements;
    }
}
