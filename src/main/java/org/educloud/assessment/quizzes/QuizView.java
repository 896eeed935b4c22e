package org.educloud.assessment.quizzes;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A quiz with its items (pinned versions) and the classes it is set to. */
public record QuizView(long id, long schoolId, String schoolPath, long teacherAccount, String teacherName,
                       String title, String instructions, @Nullable Integer timeLimitMinutes, int attemptsAllowed,
                       boolean shuffleItems, boolean shuffleOptions, AnswersVisible answersVisible, QuizStatus status,
                       Instant createdAt, List<QuizItem> items, List<ClassWindow> classes) {

    /** One position of the quiz: the item, the version it was added in and its points. */
    public record QuizItem(int position, long itemId, int version, BigDecimal points) {
    }

    /** When the quiz is open for one class. */
    public record ClassWindow(long classId, String className, Instant opensAt, Instant closesAt) {

        public boolean openAt(Instant now) {
            return !now.isBefore(opensAt) && now.isBefore(closesAt);
        }
    }

    public BigDecimal maxScore() {
        return items.stream().map(QuizItem::points).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public java.util.Optional<ClassWindow> windowFor(long classId) {
        return classes.stream().filter(c -> c.classId() == classId).findFirst();
    }
}
