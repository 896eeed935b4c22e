package org.educloud.roster.imports;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.educloud.roster.ClassDraft;
import org.educloud.roster.ClassKind;
import org.educloud.roster.ImportRunView;
import org.educloud.roster.classes.SchoolClass;
import org.educloud.roster.classes.SchoolClassRepository;
import org.educloud.roster.people.StaffRepository;
import org.educloud.roster.terms.Term;
import org.educloud.roster.terms.TermRepository;
import org.educloud.shared.Scope;
import org.educloud.shared.tabular.CellChecks;
import org.educloud.shared.tabular.ImportProblem;
import org.educloud.shared.tabular.TabularFile;
import org.educloud.tenancy.OrgNodeView;
import org.springframework.stereotype.Component;

/**
 * A school's class list, all or nothing: each row names a term of the school (学年 + 学期), a grade, the class
 * name, its kind and the head teacher's staff number. Term and name are the natural key, so a re-import updates
 * grade, kind and head teacher. Class files are small (a school has tens of classes), so rows are kept in memory.
 */
@Component
public class ImportingClasses {

    public static final List<String> HEADERS = List.of("学年", "学期", "年级", "班级名称", "班级类型", "班主任工号");

    private final TermRepository terms;
    private final SchoolClassRepository classes;
    private final StaffRepository staff;
    private final ImportRunRecorder recorder;
    private final Clock clock;

    ImportingClasses(TermRepository terms, SchoolClassRepository classes, StaffRepository staff,
                     ImportRunRecorder recorder, Clock clock) {
        this.terms = terms;
        this.classes = classes;
        this.staff = staff;
        this.recorder = recorder;
        this.clock = clock;
    }

    private record Row(long number, Term term, int grade, String name, ClassKind kind, Long headTeacherId) {
    }

    public ImportRunView run(RunningImport running, Path file) {
        OrgNodeView school = running.school();
        List<ImportProblem> problems = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        Map<String, Term> termByKey = new HashMap<>();
        terms.applicableTo(school.path().value()).forEach(t -> termByKey.put(t.view().schoolYear() + "|" + t.view().name(), t));
        Map<String, Long> staffByNumber = new HashMap<>();
        staff.findAll((root, q, cb) -> cb.equal(root.get("schoolId"), school.id().value()))
                .forEach(s -> staffByNumber.put(s.staffNumber(), s.id()));
        Map<String, Long> seen = new HashMap<>();
        ImportRunRecorder.FirstPass pass = recorder.readRows(running, file, HEADERS, 5_000, problems,
                row -> read(row, termByKey, staffByNumber, seen, problems).ifPresent(rows::add));
        int read = pass.rows();
        if (!problems.isEmpty()) {
            return running.rejected(read, problems);
        }
        int created = 0;
        int updated = 0;
        Map<Long, Map<String, SchoolClass>> existingByTerm = new HashMap<>();
        for (Row row : rows) {
            var existing = java.util.Optional.ofNullable(existingByTerm.computeIfAbsent(row.term().id(), termId ->
                    classes.findBySchoolIdAndTermIdOrderByGradeAscNameAsc(school.id().value(), termId).stream()
                            .collect(java.util.stream.Collectors.toMap(SchoolClass::name, c -> c, (a, b) -> a)))
                    .get(row.name()));
            ClassDraft draft = new ClassDraft(row.term().id(), row.grade(), row.name(), row.kind(), row.headTeacherId());
            if (existing.isPresent()) {
                existing.get().revise(draft);
                updated++;
            } else {
                classes.save(new SchoolClass(school.id(), school.path(), row.term().id(), draft, clock.instant()));
                created++;
            }
        }
        return running.applied(read, created, updated);
    }

    private static java.util.Optional<Row> read(TabularFile.SourceRow row, Map<String, Term> termByKey,
                                                Map<String, Long> staffByNumber, Map<String, Long> seen,
                                                List<ImportProblem> problems) {
        int before = problems.size();
        for (int column : row.formulaColumns()) {
            problems.add(ImportProblem.at(row.number(), HEADERS.get(Math.min(column, HEADERS.size() - 1)),
                    row.cell(column), "roster.import.error.formula"));
        }
        Term term = termByKey.get(row.cell(0) + "|" + row.cell(1));
        if (term == null) {
            problems.add(ImportProblem.at(row.number(), HEADERS.get(1), row.cell(0) + " " + row.cell(1),
                    "roster.import.error.unknownTerm"));
        }
        int grade = 0;
        try {
            grade = Integer.parseInt(row.cell(2));
        } catch (NumberFormatException e) {
            grade = 0;
        }
        if (grade < 1 || grade > 12) {
            problems.add(ImportProblem.at(row.number(), HEADERS.get(2), row.cell(2), "roster.validation.grade.range"));
        }
        String name = CellChecks.text(row, 3, HEADERS.get(3), 40, true, problems);
        ClassKind kind = switch (row.cell(4)) {
            case "", "行政班" -> ClassKind.HOMEROOM;
            case "教学班" -> ClassKind.TEACHING;
            default -> {
                problems.add(ImportProblem.at(row.number(), HEADERS.get(4), row.cell(4), "roster.import.error.choice",
                        "行政班、教学班"));
                yield null;
            }
        };
        String teacherNumber = row.cell(5).toUpperCase(Locale.ROOT);
        Long headTeacher = teacherNumber.isEmpty() ? null : staffByNumber.get(teacherNumber);
        if (!teacherNumber.isEmpty() && headTeacher == null) {
            problems.add(ImportProblem.at(row.number(), HEADERS.get(5), teacherNumber, "roster.import.error.unknownStaff"));
        }
        if (term != null) {
            Long earlier = seen.putIfAbsent(term.id() + "|" + name, row.number());
            if (earlier != null) {
                problems.add(ImportProblem.at(row.number(), HEADERS.get(3), name, "roster.import.error.duplicateInFile",
                        String.valueOf(earlier)));
            }
        }
        if (problems.size() > before) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Row(row.number(), term, grade, name, kind, headTeacher));
    }
}
