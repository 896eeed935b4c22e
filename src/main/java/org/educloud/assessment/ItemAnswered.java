package org.educloud.assessment;

import java.time.Instant;
import java.util.List;
import org.educloud.shared.OrgId;

/**
 * A student's answer to one item was scored (objective items at submission, subjective ones when the teacher has
 * graded them). Knowledge tracing learns from it: {@code credit} is the share of the item's points earned, and an
 * answer counts as correct for a knowledge point when it earned full credit.
 *
 * @param studentId        the roster's student
 * @param school           the student's school, for scoping what is learned
 * @param itemId           the bank item
 * @param version          the version of the item the student saw
 * @param knowledgePoints  the library's knowledge points the item is tagged with (at least one for tracing)
 * @param difficulty       the item's difficulty, 1 (easy) to 5 (hard)
 * @param credit           earned points / item points, in [0, 1]
 * @param practice         true when answered in practice rather than in a quiz
 */
public record ItemAnswered(long studentId, OrgId school, long itemId, int version, List<Long> knowledgePoints,
                           int difficulty, double credit, boolean practice, Instant answeredAt) {

    public ItemAnswered {
        knowledgePoints = List.copyOf(knowledgePoints);
    }

    /** Full credit: what knowledge tracing observes as a correct answer. */
    public boolean correct() {
        return credit >= 1.0 - 1e-9;
    }
}
