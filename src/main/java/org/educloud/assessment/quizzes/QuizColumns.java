package org.educloud.assessment.quizzes;

import org.educloud.learning.ExternalGrades;
import org.educloud.learning.GradeSource;
import org.educloud.roster.ClassId;
import org.springframework.stereotype.Component;

/**
 * A quiz's columns in the gradebooks of the classes it is set to: one per class, titled as the quiz, out of its
 * total points, due when the class's window closes, leading the teacher to the quiz's results.
 */
@Component
public class QuizColumns {

    private final ExternalGrades grades;

    QuizColumns(ExternalGrades grades) {
        this.grades = grades;
    }

    public void put(QuizView quiz, QuizView.ClassWindow window) {
        grades.putLineItem(GradeSource.QUIZ, sourceId(quiz.id()), ClassId.of(window.classId()), quiz.title(),
                quiz.maxScore(), window.closesAt(), "/assessment/quizzes/" + quiz.id() + "/results");
    }

    public static String sourceId(long quizId) {
        return String.valueOf(quizId);
    }
}
