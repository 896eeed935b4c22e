package org.educloud.integration.lti.grades;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.educloud.learning.ExternalGrades;
import org.educloud.learning.GradeSource;
import org.educloud.roster.ClassId;
import org.educloud.shared.RuleViolationException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A tool's line items: each is also a column of the class's gradebook ({@link ExternalGrades}, source LTI, the line
 * item's id), leading teachers to the class's tool page. Callers have checked the tool's right to the class.
 */
@Service
@Transactional
public class LineItems {

    public static final BigDecimal MAX_SCORE_MAXIMUM = new BigDecimal("10000");
    /** A tool's line items in one class at most: each is a gradebook column the teacher must page through. */
    public static final int MAX_PER_CLASS = 200;

    private final LineItemRows rows;
    private final ExternalGrades grades;
    private final Clock clock;

    LineItems(LineItemRows rows, ExternalGrades grades, Clock clock) {
        this.rows = rows;
        this.grades = grades;
        this.clock = clock;
    }

    public ToolLineItem create(long toolId, long classId, @Nullable Long linkId, String label, BigDecimal max,
                               @Nullable String resourceId, @Nullable String tag) {
        String trimmed = label.strip();
        if (trimmed.isEmpty() || trimmed.length() > 200) {
            throw new RuleViolationException("integration.lti.error.label");
        }
        if (max.signum() <= 0 || max.compareTo(MAX_SCORE_MAXIMUM) > 0 || max.scale() > 2) {
            throw new RuleViolationException("integration.lti.error.scoreMaximum");
        }
        if (rows.count(toolId, classId) >= MAX_PER_CLASS) {
            throw new RuleViolationException("integration.lti.error.tooManyLineItems", MAX_PER_CLASS);
        }
        long id = rows.insert(toolId, classId, linkId, trimmed, max, cut(resourceId), cut(tag), clock.instant());
        grades.putLineItem(GradeSource.LTI, sourceId(id), ClassId.of(classId), trimmed, max, null,
                "/lti/classes/" + classId);
        return rows.find(id).orElseThrow();
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
    List<ToolLineItem> of(long toolId, long classId) {
        return rows.of(toolId, classId);
    }

    /** The tool's line item in this class, if it is one. */
    @Transactional(readOnly = true)
    Optional<ToolLineItem> find(long toolId, long classId, long id) {
        return rows.find(id).filter(i -> i.toolId() == toolId && i.classId() == classId);
    }

    static String sourceId(long lineItemId) {
        return String.valueOf(lineItemId);
    }

    private static @Nullable String cut(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return text.length() > 255 ? text.substring(0, 255) : text;
    }
}
