package org.educloud.assessment.exams;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.educloud.shared.OrgId;
import org.educloud.shared.Scope;
import org.educloud.tenancy.TenancyManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds an exam's analysis for one viewer: the kernels over the grade and each class, per subject and total; ranks
 * in class and grade by total; the change of score rates since the grade's previous exam. What the viewer may not
 * see never enters the report: other children's lines, ranks a school hides from families, figures of a group
 * smaller than the small-group rule for a bureau.
 */
@org.springframework.modulith.NamedInterface("exams")
@Service
public class ScoreAnalysis {

    static final String TOTAL = "总分";

    private final ExamAccess access;
    private final ExamStore store;
    private final TenancyManagement tenancy;

    ScoreAnalysis(ExamAccess access, ExamStore store, TenancyManagement tenancy) {
        this.access = access;
        this.store = store;
        this.tenancy = tenancy;
    }

    @Transactional(readOnly = true)
    public ExamReport report(Scope scope, long examId) {
        ExamView exam = access.exam(examId);
        Viewer viewer = access.viewer(scope, exam);
        Sheet sheet = Sheet.of(exam, store.scores(examId));
        boolean ranksShown = !viewer.family() || store.ranksToFamilies(exam.schoolId());
        List<ExamReport.Column> columns = columns(exam);
        ExamReport.Group grade = group(0, "", sheet, columns, s -> true, viewer);
        List<ExamReport.Group> classes = new ArrayList<>();
        sheet.classNames.forEach((classId, name) -> {
            boolean own = !viewer.family() || sheet.students.values().stream()
                    .anyMatch(s -> s.classId == classId && viewer.children().contains(s.id));
            if (own) {
                classes.add(group(classId, name, sheet, columns, s -> s.classId == classId, viewer));
            }
        });
        List<ExamReport.StudentLine> lines = lines(exam, sheet, viewer, ranksShown);
        ExamView previous = viewer.family() ? null : store.previous(exam).orElse(null);
        List<ExamReport.Change> changes = previous == null ? List.of()
                : changes(exam, sheet, previous, Sheet.of(previous, store.scores(previous.id())), viewer);
        String schoolName = tenancy.find(OrgId.of(exam.schoolId())).map(n -> n.name()).orElse("");
        return new ExamReport(exam, schoolName, viewer, columns, withoutComplement(grade, classes, viewer),
                classes, lines, ranksShown, previous, changes);
    }

    /**
     * The grade's figures, kept from giving away what the small-group rule hides by subtraction: a bureau that sees
     * a class reduced to counts, the grade's mean and the other classes' means and counts would read the hidden class's
     * sum as the grade's less the others', so the grade is reduced to counts too; a family, who sees the grade's mean
     * and their own child's class, loses the grade's mean of a subject where fewer than three sat outside that class.
     */
    static ExamReport.Group withoutComplement(ExamReport.Group grade, List<ExamReport.Group> classes, Viewer viewer) {
        if (viewer.bureau()) {
            return classes.stream().anyMatch(ExamReport.Group::countsOnly) ? countsOnly(grade) : grade;
        }
        if (!viewer.family()) {
            return grade;
        }
        ExamReport.Group shown = forFamily(grade);
        List<ScoreSummary> figures = new ArrayList<>();
        for (int i = 0; i < shown.figures().size(); i++) {
            int column = i;
            ScoreSummary f = shown.figures().get(i);
            int outside = f.sat() - classes.stream().mapToInt(c -> c.figures().get(column).sat()).sum();
            figures.add(outside > 0 && outside < Viewer.SMALLEST_GROUP ? new ScoreSummary(f.sat(), f.absent(), null,
                    null, null, null, null, null, null, 0, 0, List.of()) : f);
        }
        return new ExamReport.Group(shown.classId(), shown.name(), figures, shown.countsOnly());
    }

    static List<ExamReport.Column> columns(ExamView exam) {
        List<ExamReport.Column> columns = new ArrayList<>();
        exam.subjects().forEach(s -> columns.add(new ExamReport.Column(s.subject(), exam.lines(s), false)));
        columns.add(new ExamReport.Column(TOTAL, exam.totalLines(), true));
        return columns;
    }

    private static ExamReport.Group group(long classId, String name, Sheet sheet, List<ExamReport.Column> columns,
                                          Predicate<Student> member, Viewer viewer) {
        List<Student> students = sheet.students.values().stream().filter(member).toList();
        List<ScoreSummary> figures = new ArrayList<>();
        for (ExamReport.Column column : columns) {
            List<@Nullable Double> values = new ArrayList<>();
            for (Student s : students) {
                if (column.total()) {
                    values.add(s.total);
                } else if (s.scores.containsKey(column.subject())) {
                    values.add(s.scores.get(column.subject()));
                }
            }
            figures.add(ScoreKernel.summarise(values, column.lines()));
        }
        ExamReport.Group group = new ExamReport.Group(classId, name, figures, false);
        if (viewer.bureau() && small(group)) {
            return countsOnly(group);
        }
        return viewer.family() ? forFamily(group) : group;
    }

    private static boolean small(ExamReport.Group group) {
        return group.figures().stream().anyMatch(ScoreAnalysis::tooFew);
    }

    /**
     * A family sees a group's mean per subject, except where fewer than {@link Viewer#SMALLEST_GROUP} sat it: with two
     * who sat, a parent who knows their own child's score would read the other child's from the mean.
     */
    static ExamReport.Group forFamily(ExamReport.Group group) {
        List<ScoreSummary> figures = group.figures().stream()
                .map(f -> new ScoreSummary(f.sat(), f.absent(), tooFew(f) ? null : f.mean(), null, null, null, null,
                        null, null, 0, 0, List.of())).toList();
        return new ExamReport.Group(group.classId(), group.name(), figures,
                group.figures().stream().allMatch(ScoreAnalysis::tooFew));
    }

    private static boolean tooFew(ScoreSummary figures) {
        return figures.sat() > 0 && figures.sat() < Viewer.SMALLEST_GROUP;
    }

    /** The small-group rule: how many sat and were absent, nothing a single student's score could be read from. */
    static ExamReport.Group countsOnly(ExamReport.Group group) {
        return new ExamReport.Group(group.classId(), group.name(), group.figures().stream()
                .map(f -> new ScoreSummary(f.sat(), f.absent(), null, null, null, null, null, null, null, 0, 0,
                        List.of())).toList(), true);
    }

    private static List<ExamReport.StudentLine> lines(ExamView exam, Sheet sheet, Viewer viewer, boolean ranksShown) {
        Map<Long, Double> totals = new HashMap<>();
        Map<Long, Map<Long, Double>> byClass = new HashMap<>();
        for (Student s : sheet.students.values()) {
            if (s.total != null) {
                totals.put(s.id, s.total);
                byClass.computeIfAbsent(s.classId, k -> new HashMap<>()).put(s.id, s.total);
            }
        }
        Map<Long, Integer> gradeRanks = ScoreKernel.ranks(totals);
        Map<Long, Integer> classRanks = new HashMap<>();
        byClass.values().forEach(m -> classRanks.putAll(ScoreKernel.ranks(m)));
        List<ExamReport.StudentLine> lines = new ArrayList<>();
        for (Student s : sheet.students.values()) {
            boolean visible = viewer.family() ? viewer.children().contains(s.id) : viewer.seesStudentsOf(s.classId);
            if (!visible) {
                continue;
            }
            List<String> texts = exam.subjectNames().stream().map(subject -> !s.scores.containsKey(subject) ? ""
                    : s.scores.get(subject) == null ? ScoreCell.ABSENT : ScoreCell.number(s.scores.get(subject)))
                    .toList();
            lines.add(new ExamReport.StudentLine(s.id, s.name, s.classId, s.className, texts, s.total,
                    ranksShown ? classRanks.get(s.id) : null, ranksShown ? gradeRanks.get(s.id) : null));
        }
        lines.sort((a, b) -> a.classId() != b.classId() ? a.className().compareTo(b.className())
                : a.gradeRank() == null ? (b.gradeRank() == null ? 0 : 1) : b.gradeRank() == null ? -1
                : Integer.compare(a.gradeRank(), b.gradeRank()));
        return lines;
    }

    /**
     * Score rates (so exams of different full marks compare) of the grade and each class now seen by the viewer, per
     * subject both exams have and for the total, against the previous exam of the grade.
     */
    private static List<ExamReport.Change> changes(ExamView exam, Sheet now, ExamView previous, Sheet before,
                                                   Viewer viewer) {
        List<ExamReport.Column> columnsNow = columns(exam);
        List<ExamReport.Column> columnsBefore = columns(previous);
        List<ExamReport.Change> changes = new ArrayList<>();
        Map<Long, String> groups = new LinkedHashMap<>();
        groups.put(0L, "");
        groups.putAll(now.classNames);
        for (Map.Entry<Long, String> g : groups.entrySet()) {
            long classId = g.getKey();
            ExamReport.Group a = group(classId, g.getValue(), before, columnsBefore,
                    s -> classId == 0 || s.classId == classId, viewer);
            ExamReport.Group b = group(classId, g.getValue(), now, columnsNow,
                    s -> classId == 0 || s.classId == classId, viewer);
            if (classId == 0) {
                a = withoutComplement(a, classes(before, columnsBefore, viewer), viewer);
                b = withoutComplement(b, classes(now, columnsNow, viewer), viewer);
            }
            for (int i = 0; i < columnsNow.size(); i++) {
                ExamReport.Column column = columnsNow.get(i);
                int j = indexOf(columnsBefore, column);
                if (j < 0) {
                    continue;
                }
                changes.add(new ExamReport.Change(g.getValue(), column.subject(),
                        a.figures().get(j).scoreRate(columnsBefore.get(j).lines()),
                        b.figures().get(i).scoreRate(column.lines())));
            }
        }
        return changes;
    }

    private static List<ExamReport.Group> classes(Sheet sheet, List<ExamReport.Column> columns, Viewer viewer) {
        return sheet.classNames.entrySet().stream().map(c -> group(c.getKey(), c.getValue(), sheet, columns,
                s -> s.classId == c.getKey(), viewer)).toList();
    }

    private static int indexOf(List<ExamReport.Column> columns, ExamReport.Column column) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).total() == column.total() && columns.get(i).subject().equals(column.subject())) {
                return i;
            }
        }
        return -1;
    }

    /** A student's entries in one exam, and their total (null unless they sat every subject). */
    static final class Student {
        final long id;
        final String name;
        final long classId;
        final String className;
        final Map<String, @Nullable Double> scores = new HashMap<>();
        @Nullable Double total;

        Student(ScoreRow row) {
            this.id = row.studentId();
            this.name = row.studentName();
            this.classId = row.classId();
            this.className = row.className();
        }
    }

    /** An exam's entries by student, and its classes by name. */
    record Sheet(Map<Long, Student> students, Map<Long, String> classNames) {

        static Sheet of(ExamView exam, List<ScoreRow> rows) {
            Map<Long, Student> students = new LinkedHashMap<>();
            Map<Long, String> classes = new java.util.TreeMap<>();
            for (ScoreRow row : rows) {
                Student s = students.computeIfAbsent(row.studentId(), k -> new Student(row));
                s.scores.put(row.subject(), row.score());
                classes.putIfAbsent(row.classId(), row.className());
            }
            students.values().forEach(s -> s.total = ScoreKernel.total(s.scores, exam.subjectNames()));
            Map<Long, String> byName = new LinkedHashMap<>();
            classes.entrySet().stream().sorted(Map.Entry.comparingByValue())
                    .forEach(e -> byName.put(e.getKey(), e.getValue()));
            return new Sheet(students, byName);
        }
    }
}
