package org.educloud.tutoring.practice;

import org.educloud.assessment.PracticeItem;
import org.educloud.assessment.PracticeMarking;
import org.jspecify.annotations.Nullable;

/**
 * Where a student's practice on a knowledge point stands: the item to answer (or none left in the banks), the
 * marking of the answer just given, and mastery before the next item; {@code mastered} ends practice.
 */
public record PracticeStep(long knowledgePoint, String knowledgePointName, double mastery, boolean mastered,
                           @Nullable PracticeItem item, @Nullable PracticeMarking marking, boolean bankExhausted) {
}
