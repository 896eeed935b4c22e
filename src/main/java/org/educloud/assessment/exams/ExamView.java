package org.educloud.assessment.exams;

import java.time.LocalDate;
import java.util.List;

/**
 * An exam of one grade of one school, with its subjects in the order the school listed them and its pass and
 * excellence lines as shares of full marks.
 */
public record ExamView(long id, long schoolId, String schoolPath, String name, LocalDate heldOn, long termId,
                       int grade, double passRatio, double excellentRatio, List<ExamSubject> subjects) {

    public Lines lines(ExamSubject subject) {
        return Lines.of(subject.fullMarks(), passRatio, excellentRatio);
    }

    /** The total's lines: the sums of the subjects'. */
    public Lines totalLines() {
        Lines total = new Lines(0, 0, 0);
        for (ExamSubject subject : subjects) {
            total = total.plus(lines(subject));
        }
        return total;
    }

    public List<String> subjectNames() {
        return subjects.stream().map(ExamSubject::subject).toList();
    }

    public int passPercent() {
        return (int) Math.round(passRatio * 100);
    }

    public int excellentPercent() {
        return (int) Math.round(excellentRatio * 100);
    }
}
