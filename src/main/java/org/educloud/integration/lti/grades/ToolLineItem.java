package org.educloud.integration.lti.grades;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** A line item of a tool in a class; {@code linkId} is the assignment (resource link) it grades, if any. */
public record ToolLineItem(long id, long toolId, long classId, @Nullable Long linkId, String label,
                           BigDecimal scoreMaximum, @Nullable String resourceId, @Nullable String tag) {
}
