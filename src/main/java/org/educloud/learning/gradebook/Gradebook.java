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
import org.educloud.learning.lineitems.LineItemRow;
import org.educloud.learning.lineitems.LineItemScore;
import org.educloud.learning.lineitems.LineItemStore;
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
    private final LineItemStore lineItems;
    private final Clock clock;

    Gradebook(AssignmentStore assignments, SubmissionStore submissions, GradeStore grades, Callers callers,
              RosterDirectory roster, TenancyManagement tenancy, LineItemStore lineItems, Clock clock) {
        this.lineItems = lineItems;
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
        List<LineItemRow> columns = lineItems.ofClass(classId, 200);
        Map<Long, Map<Long, LineItemScore>> scored = lineItems.scores(columns.stream().map(LineItemRow::id).toList());
        List<GradebookView.Line> lines = new ArrayList<>();
        List<List<BigDecimal>> percentByAssignment = new ArrayList<>();
        rows.forEach(a -> percentByAssignment.add(new ArrayList<>()));
        List<List<BigDecimal>> percentByColumn = new ArrayList<>();
        columns.forEach(c -> percentByColumn.add(new ArrayList<>()));
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
            List<GradebookView.Cell> columnCells = new ArrayList<>();
            for (int i = 0; i < columns.size(); i++) {
                LineItemRow column = columns.get(i);
                LineItemScore score = scored.getOrDefault(column.id(), Map.of()).get(studentId);
                columnCells.add(new GradebookView.Cell(score == null ? null : score.score(),
                        score != null && score.complete(), score != null, false,
                        score == null && column.overdue(now)));
                if (score != null && column.maxScore().signum() > 0) {
                    BigDecimal percent = percent(score.score(), column.maxScore());
                    percents.add(percent);
                    percentByColumn.get(i).add(percent);
                }
            }
            lines.add(new GradebookView.Line(studentId, student.name(), cells, columnCells, mean(percents)));
        }
        List<AssignmentView> views = rows.stream()
                .map(a -> assignments.view(a, students.size(), progress.get(a.id()))).toList();
        return new GradebookView(classRoster.schoolClass(), views, lines,
                percentByAssignment.stream().map(Gradebook::mean).toList(),
                columns.stream().map(c -> new GradebookView.Column(c.id(), c.source(), c.title(), c.maxScore(),
                        c.dueAt(), c.link())).toList(),
                percentByColumn.stream().map(Gradebook::mean).toList());
    }

    /**
     * The gradebook as a workbook: one row per student, one column per assignment and per column from another
     * source (a quiz), averages in percent.
     */
    public void xlsx(Scope scope, long classId, Function<String, String> labels, OutputStream out) throws IOException {
        GradebookView book = of(scope, classId);
        List<List<Object>> table = table(book, labels);
        Workbook workbook = new Workbook(out, "EduCloud", "1.0");
        Worksheet sheet = workbook.newWorksheet(book.schoolClass().name());
        for (int r = 0; r < table.size(); r++) {
            List<Object> row = table.get(r);
            for (int c = 0; c < row.size(); c++) {
                Object value = row.get(c);
                if (value instanceof BigDecimal number) {
                    sheet.value(r, c, number);
                } else if (!"".equals(value)) {
                    sheet.value(r, c, value.toString());
                }
                if (r == 0) {
                    sheet.style(r, c).bold().set();
                }
            }
        }
        workbook.finish();
    }

    /** The same table as CSV (UTF-8 with a byte-order mark, so that spreadsheet programs read the names right). */
    public void csv(Scope scope, long classId, Function<String, String> labels, OutputStream out) throws IOException {
        GradebookView book = of(scope, classId);
        StringBuilder text = new StringBuilder("\uFEFF");
        for (List<Object> row : table(book, labels)) {
            text.append(row.stream().map(Gradebook::csvCell).collect(Collectors.joining(","))).append("\r\n");
        }
        out.write(text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        out.flush();
    }

    /** Header, a row per student, and the averages row: numbers as BigDecimal, everything else as text. */
    private static List<List<Object>> table(GradebookView book, Function<String, String> labels) {
        List<List<Object>> table = new ArrayList<>();
        List<Object> header = new ArrayList<>();
        header.add(labels.apply("student"));
        book.assignments().forEach(a -> header.add(a.title() + " (" + plain(a.maxScore()) + ")"));
        book.columns().forEach(c -> header.add(c.title() + " (" + plain(c.maxScore()) + ")"));
        header.add(labels.apply("average"));
        table.add(header);
        for (GradebookView.Line line : book.lines()) {
            List<Object> row = new ArrayList<>();
            row.add(line.studentName());
            line.cells().forEach(cell -> row.add(cellValue(cell, labels)));
            line.columnCells().forEach(cell -> row.add(cellValue(cell, labels)));
            row.add(line.average() == null ? "" : line.average());
            table.add(row);
        }
        List<Object> averages = new ArrayList<>();
        averages.add(labels.apply("average"));
        book.assignmentAverages().forEach(a -> averages.add(a == null ? "" : a));
        book.columnAverages().forEach(a -> averages.add(a == null ? "" : a));
        table.add(averages);
        return table;
    }

    private static Object cellValue(GradebookView.Cell cell, Function<String, String> labels) {
        if (cell.score() != null) {
            return cell.score();
        }
        return cell.missing() ? labels.apply("missing") : cell.submitted() ? labels.apply("ungraded") : "";
    }

    /** A CSV field: quoted when needed, and a leading formula character neutralised (CSV injection). */
    private static String csvCell(Object value) {
        String text = value instanceof BigDecimal number ? number.toPlainString() : value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 && !(value instanceof BigDecimal)) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            text = "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }

    private static String plain(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
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
