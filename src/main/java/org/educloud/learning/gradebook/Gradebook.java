package org.educloud.learning.gradebook;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.educloud.learning.AssignmentView;
import org.educloud.learning.GradeView;
import org.educloud.learning.access.Callers;
import org.educloud.learning.assignments.AssignmentRow;
import org.educloud.learning.assignments.AssignmentStore;
import org.educloud.learning.submissions.SubmissionStore;
import org.educloud.roster.ClassId;
import org.educloud.roster.ClassRoster;
import org.educloud.roster.RosterDirectory;
import org.educloud.roster.StudentView;
import org.educloud.shared.ForbiddenException;
import org.educloud.shared.Scope;
import org.educloud.tenancy.TenancyManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The gradebook of a class, for its teachers and its school's (and bureaus') admins, on screen and as XLSX. */
@Service
@Transactional(readOnly = true)
public class Gradebook {

    private final AssignmentStore assignments;
    private final SubmissionStore submissions;
    private final GradeStore grades;
    private final Callers callers;
    private final RosterDirectory roster;
    private final TenancyManagement tenancy;
    private final Clock clock;

    Gradebook(AssignmentStore assignments, SubmissionStore submissions, GradeStore grades, Callers callers,
              RosterDirectory roster, TenancyManagement tenancy, Clock clock) {
        this.assignments = assignments;
        this.submissions = submissions;
        this.grades = grades;
        this.callers = callers;
        this.roster = roster;
        this.tenancy = tenancy;
        this.clock = clock;
    }

    public GradebookView of(Scope scope, long classId) {
        ClassRoster classRoster = roster.roster(scope, ClassId.of(classId));
        var school = tenancy.find(classRoster.schoolClass().schoolId()).orElseThrow();
        if (!callers.of(scope).teaches(classId) && !scope.canAdminister(school.path())) {
            throw new ForbiddenException("learning.error.notYourClass");
        }
        Instant now = clock.instant();
        List<AssignmentRow> rows = assignments.ofClasses(List.of(classId), false, null, 200).reversed();
        List<StudentView> students = classRoster.students();
        List<Long> assignmentIds = rows.stream().map(AssignmentRow::id).toList();
        List<Long> studentIds = students.stream().map(s -> s.id().value()).toList();
        Map<String, Object[]> handedIn = submissions.latestOf(assignmentIds, studentIds);
        Map<Long, Map<Long, GradeView>> given = grades.ofAssignments(rows.stream()
                .collect(Collectors.toMap(AssignmentRow::id, AssignmentRow::maxScore)));
        Map<Long, int[]> progress = assignments.progress(assignmentIds);
        List<GradebookView.Line> lines = new ArrayList<>();
        List<List<BigDecimal>> percentByAssignment = new ArrayList<>();
        rows.forEach(a -> percentByAssignment.add(new ArrayList<>()));
        for (StudentView student : students) {
            long studentId = student.id().value();
            List<GradebookView.Cell> cells = new ArrayList<>();
            List<BigDecimal> percents = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                AssignmentRow a = rows.get(i);
                Object[] latest = handedIn.get(a.id() + ":" + studentId);
                GradeView grade = given.getOrDefault(a.id(), Map.of()).get(studentId);
                cells.add(new GradebookView.Cell(grade == null ? null : grade.score(), grade != null && grade.released(),
                        latest != null, latest != null && (Boolean) latest[1], latest == null && a.overdue(now)));
                if (grade != null) {
                    BigDecimal percent = percent(grade.score(), a.maxScore());
                    percents.add(percent);
                    percentByAssignment.get(i).add(percent);
                }
            }
            lines.add(new GradebookView.Line(studentId, student.name(), cells, mean(percents)));
        }
        List<AssignmentView> views = rows.stream()
                .map(a -> assignments.view(a, students.size(), progress.get(a.id()))).toList();
        return new GradebookView(classRoster.schoolClass(), views, lines,
                percentByAssignment.stream().map(Gradebook::mean).toList());
    }

    /** The gradebook as a workbook: one row per student, one column per assignment, averages in percent. */
    public void xlsx(Scope scope, long classId, Function<String, String> labels, OutputStream out) throws IOException {
        GradebookView book = of(scope, classId);
        Workbook workbook = new Workbook(out, "EduCloud", "1.0");
        Worksheet sheet = workbook.newWorksheet(book.schoolClass().name());
        sheet.value(0, 0, labels.apply("student"));
        for (int i = 0; i < book.assignments().size(); i++) {
            AssignmentView a = book.assignments().get(i);
            sheet.value(0, i + 1, a.title() + " (" + a.maxScore().stripTrailingZeros().toPlainString() + ")");
        }
        sheet.value(0, book.assignments().size() + 1, labels.apply("average"));
        for (int c = 0; c <= book.assignments().size() + 1; c++) {
            sheet.style(0, c).bold().set();
        }
        int r = 1;
        for (GradebookView.Line line : book.lines()) {
            sheet.value(r, 0, line.studentName());
            for (int i = 0; i < line.cells().size(); i++) {
                GradebookView.Cell cell = line.cells().get(i);
                if (cell.score() != null) {
                    sheet.value(r, i + 1, cell.score());
                } else {
                    sheet.value(r, i + 1, cell.missing() ? labels.apply("missing")
                            : cell.submitted() ? labels.apply("ungraded") : "");
                }
            }
            if (line.average() != null) {
                sheet.value(r, line.cells().size() + 1, line.average());
            }
            r++;
        }
        sheet.value(r, 0, labels.apply("average"));
        for (int i = 0; i < book.assignmentAverages().size(); i++) {
            BigDecimal average = book.assignmentAverages().get(i);
            if (average != null) {
                sheet.value(r, i + 1, average);
            }
        }
        workbook.finish();
    }

    private static BigDecimal percent(BigDecimal score, BigDecimal max) {
        return score.multiply(BigDecimal.valueOf(100)).divide(max, 1, RoundingMode.HALF_UP);
    }

    private static @Nullable BigDecimal mean(List<BigDecimal> values) {
        if (values.isEmpty()) {
            return null;
        }
        return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(values.size()), 1, RoundingMode.HALF_UP);
    }
}
