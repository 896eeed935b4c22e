package org.educloud.assessment.exams;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.educloud.roster.ClassRoster;
import org.educloud.roster.StudentView;
import org.educloud.shared.Masking;
import org.educloud.shared.Scope;
import org.educloud.shared.tabular.ImportLimits;
import org.educloud.shared.tabular.ImportProblem;
import org.educloud.shared.tabular.TabularFile;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A class's scores from the workbook schools keep: one row a student (学号 or 姓名 identifies them; 学号 wins where
 * both are given), one column a subject of the exam. All or nothing: every cell is checked (text in a score cell,
 * a score below 0 or above full marks, a student not in this class, the same student twice) and the class's
 * entries change only when none has a problem. An empty cell leaves the entry as it was.
 */
@Service
class ImportingScores {

    static final int MAX_ROWS = 200;
    static final Set<String> NUMBER_HEADERS = Set.of("学号", "学籍号", "studentnumber", "student number");
    static final Set<String> NAME_HEADERS = Set.of("姓名", "name", "student");

    private final ExamAccess access;
    private final ScoreEntry entry;
    private final ImportLimits limits;

    ImportingScores(ExamAccess access, ScoreEntry entry, ImportLimits limits) {
        this.access = access;
        this.entry = entry;
        this.limits = limits;
    }

    @Transactional
    public ScoreImport importScores(Scope scope, long examId, long classId, Path file) {
        ExamView exam = access.exam(examId);
        ExamAccess.Enterable enterable = access.enterable(scope, exam, classId);
        ClassRoster roster = enterable.roster();
        List<ImportProblem> problems = new ArrayList<>();
        Map<StudentView, Map<String, ScoreCell>> cells = new LinkedHashMap<>();
        try (TabularFile table = TabularFile.open(file, limits)) {
            Iterator<TabularFile.SourceRow> rows = table.rows();
            if (!rows.hasNext()) {
                return refused(ImportProblem.ofFile("roster.import.error.empty"));
            }
            Columns columns = columns(rows.next(), exam, enterable.subjects(), problems);
            if (!problems.isEmpty()) {
                return new ScoreImport(false, 0, problems);
            }
            Map<Long, Long> firstRow = new HashMap<>();
            int read = 0;
            while (rows.hasNext()) {
                TabularFile.SourceRow row = rows.next();
                if (row.blank()) {
                    continue;
                }
                if (++read > MAX_ROWS) {
                    return refused(ImportProblem.at(row.number(), "", "", "assessment.exam.import.tooManyRows",
                            String.valueOf(MAX_ROWS)));
                }
                StudentView student = student(row, columns, roster, problems);
                if (student == null) {
                    continue;
                }
                Long earlier = firstRow.putIfAbsent(student.id().value(), row.number());
                if (earlier != null) {
                    problems.add(ImportProblem.at(row.number(), columns.header(columns.identity()),
                            row.cell(columns.identity()), "assessment.exam.import.duplicate", String.valueOf(earlier)));
                    continue;
                }
                cells.put(student, scores(row, columns, exam, problems));
            }
        } catch (TabularFile.Unreadable unreadable) {
            return refused(unreadable.problem());
        } catch (TabularFile.Refused refused) {
            return refused(refused.problem());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!problems.isEmpty()) {
            return new ScoreImport(false, 0, problems);
        }
        entry.apply(scope, exam, roster.schoolClass(), cells, false);
        return new ScoreImport(true, cells.size(), List.of());
    }

    /** Where the student's number and name stand, and which column holds which subject. */
    private record Columns(int number, int name, Map<Integer, ExamSubject> subjects, List<String> headers) {

        int identity() {
            return number >= 0 ? number : name;
        }

        String header(int column) {
            return column >= 0 && column < headers.size() ? headers.get(column) : "";
        }
    }

    private static Columns columns(TabularFile.SourceRow header, ExamView exam, List<String> enterable,
                                   List<ImportProblem> problems) {
        int number = -1;
        int name = -1;
        Map<Integer, ExamSubject> subjects = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (int c = 0; c < header.cells().size(); c++) {
            String text = header.cell(c).strip();
            String lower = text.toLowerCase(java.util.Locale.ROOT);
            if (text.isEmpty()) {
                continue;
            }
            if (!seen.add(text)) {
                problems.add(ImportProblem.at(header.number(), text, text, "assessment.exam.import.headerTwice"));
            } else if (NUMBER_HEADERS.contains(lower)) {
                number = c;
            } else if (NAME_HEADERS.contains(lower)) {
                name = c;
            } else {
                ExamSubject subject = exam.subjects().stream().filter(s -> s.subject().equals(text)).findFirst()
                        .orElse(null);
                if (subject == null) {
                    problems.add(ImportProblem.at(header.number(), text, text, "assessment.exam.import.unknownSubject",
                            String.join("、", exam.subjectNames())));
                } else if (!enterable.contains(subject.subject())) {
                    problems.add(ImportProblem.at(header.number(), text, text, "assessment.exam.import.notYourSubject",
                            String.join("、", enterable)));
                } else {
                    subjects.put(c, subject);
                }
            }
        }
        if (number < 0 && name < 0) {
            problems.add(ImportProblem.ofFile("assessment.exam.import.noIdentity"));
        } else if (subjects.isEmpty() && problems.isEmpty()) {
            problems.add(ImportProblem.ofFile("assessment.exam.import.noSubject",
                    String.join("、", exam.subjectNames())));
        }
        return new Columns(number, name, subjects, header.cells());
    }

    /**
     * The class's student the row names. A student of another class, grade or school is "not in this class": the
     * file's author learns nothing about students they do not reach.
     */
    private static @Nullable StudentView student(TabularFile.SourceRow row, Columns columns, ClassRoster roster,
                                                 List<ImportProblem> problems) {
        String number = columns.number() >= 0 ? row.cell(columns.number()).strip() : "";
        String name = columns.name() >= 0 ? row.cell(columns.name()).strip() : "";
        if (!number.isEmpty()) {
            // The roster shows score-keepers the number masked; the school's own workbook has it in full (or masked,
            // when it is the page's template sent back). Several students may share a masked form: the name decides.
            String masked = Masking.studentNumber(number);
            List<StudentView> found = roster.students().stream()
                    .filter(s -> number.equals(s.studentNumber()) || Objects.equals(masked, s.studentNumber()))
                    .filter(s -> name.isEmpty() || s.name().equals(name)).toList();
            if (found.size() == 1) {
                return found.getFirst();
            }
            boolean numbered = roster.students().stream()
                    .anyMatch(s -> number.equals(s.studentNumber()) || Objects.equals(masked, s.studentNumber()));
            problems.add(ImportProblem.at(row.number(), columns.header(columns.number()), number + " " + name,
                    !numbered ? "assessment.exam.import.notInClass"
                            : found.isEmpty() ? "assessment.exam.import.nameMismatch"
                            : "assessment.exam.import.numberShared",
                    roster.schoolClass().name()));
            return null;
        }
        if (name.isEmpty()) {
            problems.add(ImportProblem.at(row.number(), columns.header(columns.identity()), "",
                    "roster.import.error.required"));
            return null;
        }
        List<StudentView> named = roster.students().stream().filter(s -> s.name().equals(name)).toList();
        if (named.size() == 1) {
            return named.getFirst();
        }
        problems.add(ImportProblem.at(row.number(), columns.header(columns.name()), name, named.isEmpty()
                ? "assessment.exam.import.notInClass" : "assessment.exam.import.sameName", roster.schoolClass().name()));
        return null;
    }

    private static Map<String, ScoreCell> scores(TabularFile.SourceRow row, Columns columns, ExamView exam,
                                                 List<ImportProblem> problems) {
        Map<String, ScoreCell> cells = new LinkedHashMap<>();
        for (Map.Entry<Integer, ExamSubject> column : columns.subjects().entrySet()) {
            String header = columns.header(column.getKey());
            String text = row.cell(column.getKey());
            if (row.formulaColumns().contains(column.getKey())) {
                problems.add(ImportProblem.at(row.number(), header, text, "roster.import.error.formula"));
                continue;
            }
            ScoreCell cell = ScoreCell.parse(text, column.getValue().fullMarks());
            if (cell.kind() == ScoreCell.Kind.BAD) {
                problems.add(ImportProblem.at(row.number(), header, text, cell.problem(),
                        ScoreCell.number(column.getValue().fullMarks())));
            } else {
                cells.put(column.getValue().subject(), cell);
            }
        }
        return cells;
    }

    private static ScoreImport refused(ImportProblem problem) {
        return new ScoreImport(false, 0, List.of(problem));
    }
}
