package org.educloud.assessment.attempts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.educloud.assessment.ItemAnswered;
import org.educloud.assessment.ItemContent;
import org.educloud.assessment.items.ItemMarkup;
import org.educloud.assessment.items.ItemStore;
import org.educloud.assessment.items.ItemView;
import org.educloud.assessment.quizzes.QuizView;
import org.educloud.assessment.scoring.Marking;
import org.educloud.assessment.Response;
import org.educloud.assessment.scoring.Scoring;
import org.educloud.records.LearningActivity;
import org.educloud.records.LearningObjectKind;
import org.educloud.records.LearningVerb;
import org.educloud.roster.ClassId;
import org.educloud.shared.OrgId;
import org.educloud.shared.OrgPath;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Ends an attempt: marks every position with the answer saved last (nothing typed after the deadline was ever
 * stored), totals the score, and tells the rest of the platform: an {@link ItemAnswered} per answered item for
 * knowledge tracing, and an xAPI {@code answered} statement per item plus one {@code completed} for the quiz.
 */
@Component
class Finishing {

    private final AttemptStore attempts;
    private final ItemStore items;
    private final ApplicationEventPublisher events;
    private final QuizGradebook gradebook;

    Finishing(AttemptStore attempts, ItemStore items, ApplicationEventPublisher events, QuizGradebook gradebook) {
        this.gradebook = gradebook;
        this.attempts = attempts;
        this.items = items;
        this.events = events;
    }

    /** Call with the attempt locked and still in progress. */
    void finish(QuizView quiz, AttemptRow attempt, Instant now) {
        Map<Long, ItemContent> contents = items.versions(quiz.items().stream()
                .map(i -> new ItemStore.ItemVersionRef(i.itemId(), i.version())).toList());
        Map<Integer, SavedAnswer> saved = attempts.answers(attempt.id());
        Map<Long, ItemView> described = items.findAll(contents.keySet());
        BigDecimal total = BigDecimal.ZERO;
        boolean awaiting = false;
        OrgId school = schoolOf(attempt);
        for (QuizView.QuizItem quizItem : quiz.items()) {
            ItemContent content = contents.get(quizItem.itemId());
            SavedAnswer answer = saved.get(quizItem.position());
            Response response = answer == null ? Response.empty() : answer.response();
            Marking marking = content == null ? Marking.credit(0) : Scoring.mark(content, response);
            BigDecimal points = quizItem.points().multiply(BigDecimal.valueOf(marking.credit()))
                    .setScale(2, RoundingMode.HALF_UP);
            boolean waits = marking.awaitsTeacher() && !response.isEmpty();
            attempts.mark(attempt.id(), quizItem.position(), response, credit(marking.credit()), points, waits, now);
            total = total.add(points);
            awaiting |= waits;
            if (content != null && !response.isEmpty() && !marking.awaitsTeacher()) {
                answered(attempt, quizItem, described.get(quizItem.itemId()), content, response, marking.credit(),
                        school, now);
            }
        }
        attempts.finish(attempt.id(), awaiting ? AttemptStatus.SUBMITTED : AttemptStatus.GRADED, total, now);
        gradebook.record(quiz, attempt, now);
        double max = attempt.maxScore().doubleValue();
        events.publishEvent(new LearningActivity(id("assessment-attempt-" + attempt.id()), attempt.studentId(), school,
                ClassId.of(attempt.classId()), LearningVerb.COMPLETED,
                new LearningActivity.LearningObject(LearningObjectKind.QUIZ, String.valueOf(quiz.id()), quiz.title(),
                        null, null),
                new LearningActivity.Outcome(max == 0 ? null : total.doubleValue() / max, total.doubleValue(), max,
                        null, true, java.time.Duration.between(attempt.startedAt(), now)),
                registration(attempt.id()), now));
    }

    /** A teacher's grade of a written answer is an answer scored, too. */
    void graded(QuizView quiz, AttemptRow attempt, QuizView.QuizItem quizItem, Response response, double credit,
                Instant now) {
        ItemContent content = items.versions(List.of(new ItemStore.ItemVersionRef(quizItem.itemId(),
                quizItem.version()))).get(quizItem.itemId());
        if (content != null) {
            answered(attempt, quizItem, items.find(quizItem.itemId()).orElse(null), content, response, credit,
                    schoolOf(attempt), now);
        }
    }

    private void answered(AttemptRow attempt, QuizView.QuizItem quizItem, @Nullable ItemView item,
                          ItemContent content, Response response, double credit, OrgId school, Instant now) {
        List<Long> knowledgePoints = item == null ? List.of() : item.knowledgePoints();
        int difficulty = item == null ? 3 : item.difficulty();
        events.publishEvent(new ItemAnswered(attempt.studentId(), school, quizItem.itemId(), quizItem.version(),
                knowledgePoints, difficulty, credit, false, now));
        String stem = ItemMarkup.plain(content.stem());
        events.publishEvent(new LearningActivity(
                id("assessment-answer-" + attempt.id() + "-" + quizItem.position() + "-" + credit),
                attempt.studentId(), school, ClassId.of(attempt.classId()), LearningVerb.ANSWERED,
                new LearningActivity.LearningObject(LearningObjectKind.QUESTION,
                        quizItem.itemId() + "-v" + quizItem.version(), stem.length() > 100 ? stem.substring(0, 100) : stem,
                        null, null, interactionType(content)),
                new LearningActivity.Outcome(credit, quizItem.points().doubleValue() * credit,
                        quizItem.points().doubleValue(), credit >= 1.0 - 1e-9, true, null,
                        response.interactionFormat()),
                registration(attempt.id()), now));
    }

    /** The xAPI interaction type of an item type (cmi.interaction vocabulary). */
    static String interactionType(ItemContent content) {
        return switch (content.kind()) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> "choice";
            case TRUE_FALSE -> "true-false";
            case FILL_BLANK -> "fill-in";
            case MATCHING -> "matching";
            case ORDERING -> "sequencing";
            case SHORT_ANSWER, ESSAY -> "long-fill-in";
        };
    }

    static UUID registration(long attemptId) {
        return id("assessment-attempt-registration-" + attemptId);
    }

    /** Ids derived from the fact, so a statement redelivered after a restart is stored once. */
    private static UUID id(String fact) {
        return UUID.nameUUIDFromBytes(fact.getBytes(StandardCharsets.UTF_8));
    }

    private static OrgId schoolOf(AttemptRow attempt) {
        return new OrgPath(attempt.schoolPath()).ids().getLast();
    }

    private static BigDecimal credit(double credit) {
        return BigDecimal.valueOf(credit).setScale(4, RoundingMode.HALF_UP);
    }
}
