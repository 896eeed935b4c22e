package org.educloud.assessment.exams;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.educloud.roster.ClassRoster;
import org.educloud.roster.SchoolClassView;
import org.educloud.roster.StudentView;
import org.educloud.shared.AuditableActionOccurred;
import org.educloud.shared.ForbiddenException;
import org.educloud.shared.Scope;
import org.educloud.shared.tabular.ImportProblem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Scores of one class, entered on a page: every cell of the sheet is checked, and the class's entries change only
 * when none has a problem (as with an imported workbook). An emptied cell takes the entry away.
 */
@org.springframework.modulith.NamedInterface("exams")
@Service
public class ScoreEntry {

    private final ExamAccess access;
    private final ExamStore store;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ScoreEntry(ExamAccess access, ExamStore store, ApplicationEventPublisher events, Clock clock) {
        this.access = access;
        this.store = store;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The class's students with what is entered for each subject, as the page's cells show it, and the subjects the
     * caller may enter (a subject teacher's own; the others are shown, not editable).
     */
    public record Sheet(ExamView exam, SchoolClassView schoolClass, List<StudentView> students,
                        Map<Long, Map<String, String>> cells, List<String> editable) {

        public boolean editable(String subject) {
            return editable.contains(subject);
        }

        public String cell(long studentId, String subject) {
            return cells.getOrDefault(studentId, Map.of()).getOrDefault(subject, "");
        }
    }

    @Transactional(readOnly = true)
    public Sheet sheet(Scope scope, long examId, long classId) {
        ExamView exam = access.exam(examId);
        ExamAccess.Enterable enterable = access.enterable(scope, exam, classId);
        ClassRoster roster = enterable.roster();
        Map<Long, Map<String, String>> cells = new HashMap<>();
        for (ScoreRow row : store.scores(examId)) {
            cells.computeIfAbsent(row.studentId(), k -> new HashMap<>()).put(row.subject(), ScoreCell.text(row));
        }
        return new Sheet(exam, roster.schoolClass(), roster.students(), cells, enterable.subjects());
    }

    /**
     * Saves the page's cells (student id → subject → text); answers the problems, each naming the student and
     * subject, and saves nothing while there are any. A cell of a subject the caller may not enter is refused (403).
     */
    @Transactional
    public List<ImportProblem> save(Scope scope, long examId, long classId, Map<Long, Map<String, String>> cells) {
        ExamView exam = access.exam(examId);
        ExamAccess.Enterable enterable = access.enterable(scope, exam, classId);
        ClassRoster roster = enterable.roster();
        boolean othersSubject = cells.values().stream().flatMap(c -> c.keySet().stream())
                .anyMatch(subject -> !enterable.subjects().contains(subject));
        if (othersSubject) {
            throw new ForbiddenException("assessment.exam.error.notYourSubject");
        }
        List<ImportProblem> problems = new ArrayList<>();
        Map<StudentView, Map<String, ScoreCell>> parsed = new LinkedHashMap<>();
        int line = 0;
        for (StudentView student : roster.students()) {
            line++;
            Map<String, String> given = cells.get(student.id().value());
            if (given == null) {
                continue;
            }
            Map<String, ScoreCell> row = new LinkedHashMap<>();
            for (ExamSubject subject : exam.subjects()) {
                if (!given.containsKey(subject.subject())) {
                    continue;
                }
                String text = given.get(subject.subject());
                ScoreCell cell = ScoreCell.parse(text, subject.fullMarks());
                if (cell.kind() == ScoreCell.Kind.BAD) {
                    problems.add(ImportProblem.at(line, subject.subject(), student.name() + "：" + text,
                            cell.problem(), ScoreCell.number(subject.fullMarks())));
                } else {
                    row.put(subject.subject(), cell);
                }
            }
            parsed.put(student, row);
        }
        if (problems.isEmpty()) {
            apply(scope, exam, roster.schoolClass(), parsed, true);
        }
        return problems;
    }

    /**
     * Writes checked cells of a class's students: a score, an absentee, or (where {@code emptyRemoves}, as on the
     * page) no entry. Shared with the import, where an empty cell leaves the entry as it was.
     */
    void apply(Scope scope, ExamView exam, SchoolClassView schoolClass, Map<StudentView, Map<String, ScoreCell>> cells,
               boolean emptyRemoves) {
        Instant now = clock.instant();
        int written = 0;
        for (Map.Entry<StudentView, Map<String, ScoreCell>> student : cells.entrySet()) {
            long id = student.getKey().id().value();
            for (Map.Entry<String, ScoreCell> cell : student.getValue().entrySet()) {
                switch (cell.getValue().kind()) {
                    case SCORE, ABSENT -> store.put(exam.id(), cell.getKey(), id, student.getKey().name(),
                            schoolClass.id().value(), schoolClass.name(), cell.getValue().score(),
                            scope.userId().value(), now);
                    case EMPTY -> {
                        if (emptyRemoves) {
                            store.remove(exam.id(), cell.getKey(), id);
                        }
                    }
                    case BAD -> throw new IllegalStateException("a bad cell reached the store");
                }
                written++;
            }
        }
        events.publishEvent(new AuditableActionOccurred(scope.userId(), "assessment.exam.scoresEntered",
                "exam #" + exam.id(), Exams.path(exam), schoolClass.name() + ": " + written));
    }
}
