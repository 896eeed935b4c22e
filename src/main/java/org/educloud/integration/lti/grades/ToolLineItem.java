package org.educloud.integration.lti.grades;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A line item of a tool in a class; {@code linkId} is the placement (resource link) it grades, if any. A
 * {@link Origin#PLATFORM} line item is the column a teacher made with a tool assignment: the tool reads and scores it
 * but may neither change nor delete it. A {@link Origin#TOOL} one the tool made itself, and may change and delete.
 */
public record ToolLineItem(long id, long toolId, long classId, @Nullable Long linkId, String label,
                           BigDecimal scoreMaximum, @Nullable String resourceId, @Nullable String tag, Origin origin) {

    public enum Origin { PLATFORM, TOOL }
}
