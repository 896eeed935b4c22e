package org.educloud.integration.lti.grades;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.educloud.learning.ExternalGrades;
import org.educloud.learning.GradeSource;
import org.educloud.roster.ClassId;
import org.educloud.roster.Learner;
import org.educloud.roster.RosterDirectory;
import org.educloud.shared.ForbiddenException;
import org.educloud.shared.RuleViolationException;
import org.educloud.shared.UserId;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A tool's line items: each is also a column of the class's gradebook ({@link ExternalGrades}, source LTI, the line
 * item's id), leading teachers to the class's tool page. Callers have checked the tool's right to the class. The
 * column of a teacher's tool assignment ({@link ToolLineItem.Origin#PLATFORM}) is the teacher's: the tool may not
 * change or delete it. One the tool made it may change (a new maximum rescales the gradebook's copies of its scores)
 * and delete (its column and scores leave the gradebook).
 */
@Service
@Transactional
public class LineItems {

    public static final BigDecimal MAX_SCORE_MAXIMUM = new BigDecimal("10000");
    private static final int RESCALE_BATCH = 500;
    /** A tool's line items in one class at most: each is a gradebook column the teacher must page through. */
    public static final int MAX_PER_CLASS = 200;

    private final LineItemRows rows;
    private final ExternalGrades grades;
    private final RosterDirectory roster;
    private final Clock clock;

    LineItems(LineItemRows rows, ExternalGrades grades, RosterDirectory roster, Clock clock) {
        this.rows = rows;
        this.grades = grades;
        this.roster = roster;
        this.clock = clock;
    }

    public ToolLineItem create(long toolId, long classId, @Nullable Long linkId, String label, BigDecimal max,
                               @Nullable String resourceId, @Nullable String tag, ToolLineItem.Origin origin) {
        String trimmed = checkedLabel(label);
        checkMaximum(max);
        if (rows.count(toolId, classId) >= MAX_PER_CLASS) {
            throw new RuleViolationException("integration.lti.error.tooManyLineItems", MAX_PER_CLASS);
        }
        long id = rows.insert(toolId, classId, linkId, trimmed, max, cut(resourceId), cut(tag), origin,
                clock.instant());
        grades.putLineItem(GradeSource.LTI, sourceId(id), ClassId.of(classId), trimmed, max, null,
                "/lti/classes/" + classId);
        return rows.find(id).orElseThrow();
    }

    /** The tool's own line item with a new label, maximum, resource id and tag (AGS PUT replaces them). */
    ToolLineItem update(ToolLineItem item, String label, BigDecimal max, @Nullable String resourceId,
                        @Nullable String tag) {
        ownedByTool(item);
        String trimmed = checkedLabel(label);
        checkMaximum(max);
        rows.update(item.id(), trimmed, max, cut(resourceId), cut(tag));
        grades.putLineItem(GradeSource.LTI, sourceId(item.id()), ClassId.of(item.classId()), trimmed, max, null,
                "/lti/classes/" + item.classId());
        if (max.compareTo(item.scoreMaximum()) != 0) {
            rescale(item, max);
        }
        return rows.find(item.id()).orElseThrow();
    }

    /** Deletes the tool's own line item, its scores and its gradebook column. */
    void delete(ToolLineItem item) {
        ownedByTool(item);
        rows.delete(item.id());
        grades.withdraw(GradeSource.LTI, sourceId(item.id()));
    }

    /** Takes a tool's columns out of every gradebook, before the tool and its line items are removed. */
    public void withdrawColumnsOf(long toolId) {
        rows.idsOfTool(toolId).forEach(id -> grades.withdraw(GradeSource.LTI, sourceId(id)));
    }

    /** The line item of an assignment placement. */
    @Transactional(readOnly = true)
    public Optional<ToolLineItem> ofLink(long linkId) {
        return rows.ofLink(linkId);
    }

    @Transactional(readOnly = true)
    List<ToolLineItem> page(long toolId, long classId, LineItemRows.Filter filter, long afterId, int limit) {
        return rows.page(toolId, classId, filter, afterId, limit);
    }

    /** The tool's line item in this class, if it is one. */
    @Transactional(readOnly = true)
    Optional<ToolLineItem> find(long toolId, long classId, long id) {
        return rows.find(id).filter(i -> i.toolId() == toolId && i.classId() == classId);
    }

    static String sourceId(long lineItemId) {
        return String.valueOf(lineItemId);
    }

    /** The gradebook keeps points on the line item's maximum: its copies of the kept scores follow a new one. */
    private void rescale(ToolLineItem item, BigDecimal max) {
        long after = 0;
        List<LineItemRows.StoredScore> batch;
        do {
            batch = rows.scores(item.id(), null, after, RESCALE_BATCH);
            for (LineItemRows.StoredScore score : batch) {
                after = score.accountId();
                if (score.given() == null || score.maximum() == null || score.maximum().signum() <= 0) {
                    continue;
                }
                BigDecimal points = score.given().multiply(max).divide(score.maximum(), 2, RoundingMode.HALF_UP);
                Optional<Learner> learner = roster.learner(new UserId(score.accountId()));
                learner.ifPresent(l -> grades.putScore(GradeSource.LTI, sourceId(item.id()),
                        ClassId.of(item.classId()), l.studentId(), points, "FullyGraded".equals(score.grading()),
                        score.scoredAt()));
            }
        } while (batch.size() == RESCALE_BATCH);
    }

    private static void ownedByTool(ToolLineItem item) {
        if (item.origin() != ToolLineItem.Origin.TOOL) {
            throw new ForbiddenException("integration.lti.services.error.platformLineItem");
        }
    }

    private static String checkedLabel(String label) {
        String trimmed = label.strip();
        if (trimmed.isEmpty() || trimmed.length() > 200) {
            throw new RuleViolationException("integration.lti.error.label");
        }
        return trimmed;
    }

    private static void checkMaximum(BigDecimal max) {
        if (max.signum() <= 0 || max.compareTo(MAX_SCORE_MAXIMUM) > 0 || max.scale() > 2) {
            throw new RuleViolationException("integration.lti.error.scoreMaximum");
        }
    }

    private static @Nullable String cut(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return text.length() > 255 ? text.substring(0, 255) : text;
    }
}
