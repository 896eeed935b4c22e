package org.educloud.integration.lti.grades;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.UUID;
import org.educloud.learning.ExternalGrades;
import org.educloud.learning.GradeSource;
import org.educloud.records.LearningActivity;
import org.educloud.records.LearningObjectKind;
import org.educloud.records.LearningVerb;
import org.educloud.roster.ClassId;
import org.educloud.roster.Learner;
import org.educloud.roster.RosterDirectory;
import org.educloud.shared.ForbiddenException;
import org.educloud.shared.NotFoundException;
import org.educloud.shared.RuleViolationException;
import org.educloud.shared.Scope;
import org.educloud.shared.UserId;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A tool's score for a student on one of its line items: the student must be in the line item's class, the score
 * within its maximum. What the tool said is kept as given (for the results endpoint); a given score is put into the
 * class gradebook scaled to the line item's maximum (complete when the tool says it is fully graded) and published
 * to the learning record store as a scored activity. An older score than the one kept changes nothing.
 */
@Service
@Transactional
class Scores {

    private static final Set<String> ACTIVITY = Set.of("Initialized", "Started", "InProgress", "Submitted",
            "Completed");
    private static final Set<String> GRADING = Set.of("FullyGraded", "Pending", "PendingManual", "Failed",
            "NotReady");

    private final LineItems lineItems;
    private final LineItemRows rows;
    private final ExternalGrades grades;
    private final RosterDirectory roster;
    private final ApplicationEventPublisher events;

    Scores(LineItems lineItems, LineItemRows rows, ExternalGrades grades, RosterDirectory roster,
           ApplicationEventPublisher events) {
        this.lineItems = lineItems;
        this.rows = rows;
        this.grades = grades;
        this.roster = roster;
        this.events = events;
    }

    void post(long toolId, long classId, long lineItemId, ScoreBody score) {
        ToolLineItem item = lineItems.find(toolId, classId, lineItemId)
                .orElseThrow(() -> new NotFoundException("integration.lti.services.error.lineItem"));
        long account = accountOf(score.userId());
        Learner learner = roster.learner(new UserId(account))
                .filter(l -> inClass(l, classId))
                .orElseThrow(() -> new ForbiddenException("integration.lti.services.error.notInClass"));
        if (score.activityProgress() == null || !ACTIVITY.contains(score.activityProgress())
                || score.gradingProgress() == null || !GRADING.contains(score.gradingProgress())) {
            throw new RuleViolationException("integration.lti.services.error.progress");
        }
        Instant at = timestamp(score.timestamp());
        inRange(score.scoreGiven());
        inRange(score.scoreMaximum());
        BigDecimal scaled = scaled(score);
        rows.score(item.id(), account, score.scoreGiven(), score.scoreMaximum(), cut(score.comment()),
                score.activityProgress(), score.gradingProgress(), at);
        if (scaled == null) {
            return;
        }
        BigDecimal points = scaled.multiply(item.scoreMaximum()).setScale(2, RoundingMode.HALF_UP);
        boolean complete = "FullyGraded".equals(score.gradingProgress());
        if (grades.putScore(GradeSource.LTI, LineItems.sourceId(item.id()), ClassId.of(classId), learner.studentId(),
                points, complete, at)) {
            events.publishEvent(new LearningActivity(
                    UUID.nameUUIDFromBytes(("lti-score-" + item.id() + "-" + account + "-" + at)
                            .getBytes(StandardCharsets.UTF_8)),
                    learner.studentId().value(), learner.school(), ClassId.of(classId), LearningVerb.SCORED,
                    new LearningActivity.LearningObject(LearningObjectKind.ASSIGNMENT, "lti-lineitem-" + item.id(),
                            item.label(), item.label(), null),
                    new LearningActivity.Outcome(scaled.doubleValue(), points.doubleValue(),
                            item.scoreMaximum().doubleValue(), null, complete ? Boolean.TRUE : null, null),
                    null, at));
        }
    }

    /** The share of the maximum the score is, 0–1; null when the tool gave no score (progress only). */
    private static @Nullable BigDecimal scaled(ScoreBody score) {
        if (score.scoreGiven() == null) {
            return null;
        }
        if (score.scoreMaximum() == null || score.scoreMaximum().signum() <= 0 || score.scoreGiven().signum() < 0) {
            throw new RuleViolationException("integration.lti.services.error.score");
        }
        if (score.scoreGiven().compareTo(score.scoreMaximum()) > 0) {
            throw new RuleViolationException("integration.lti.services.error.aboveMaximum");
        }
        return score.scoreGiven().divide(score.scoreMaximum(), 6, RoundingMode.HALF_UP);
    }

    /** Negative or larger than any line item's maximum can be: not a score the gradebook could keep. */
    private static void inRange(@Nullable BigDecimal value) {
        if (value != null && (value.signum() < 0 || value.compareTo(LineItems.MAX_SCORE_MAXIMUM) > 0)) {
            throw new RuleViolationException("integration.lti.services.error.scoreRange");
        }
    }

    private boolean inClass(Learner learner, long classId) {
        return roster.roster(Scope.installation(), ClassId.of(classId)).students().stream()
                .anyMatch(s -> s.id().equals(learner.studentId()));
    }

    static long accountOf(@Nullable String userId) {
        try {
            return Long.parseLong(userId == null ? "" : userId);
        } catch (NumberFormatException e) {
            throw new ForbiddenException("integration.lti.services.error.notInClass");
        }
    }

    private static Instant timestamp(@Nullable String timestamp) {
        try {
            return OffsetDateTime.parse(timestamp == null ? "" : timestamp).toInstant();
        } catch (DateTimeParseException e) {
            throw new RuleViolationException("integration.lti.services.error.timestamp");
        }
    }

    private static @Nullable String cut(@Nullable String comment) {
        return comment == null || comment.length() <= 1000 ? comment : comment.substring(0, 1000);
    }
}
