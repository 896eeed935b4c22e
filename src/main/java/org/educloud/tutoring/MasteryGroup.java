package org.educloud.tutoring;

import org.jspecify.annotations.Nullable;

/**
 * The mean mastery of one knowledge point in one group of students under an org node. A group smaller than the
 * smallest group the caller may show is kept back: its size and mean are not given, only that it was suppressed.
 */
public record MasteryGroup(long knowledgePointId, String knowledgePoint, StudentGroup group, long students,
                           @Nullable Double meanPercent, boolean suppressed) {
}
