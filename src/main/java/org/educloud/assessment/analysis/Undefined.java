package org.educloud.assessment.analysis;

/**
 * Why a figure of the analysis has no value. Each is meant as a message key
 * {@code assessment.analysis.undefined.<name>} so the page says why instead of showing a blank.
 */
public enum Undefined {
    /** No student sat the quiz. */
    NO_STUDENTS,
    /** A correlation, a spread or the upper/lower groups need at least two students. */
    FEWER_THAN_TWO_STUDENTS,
    /** Reliability and the item-rest correlation need at least two items. */
    FEWER_THAN_TWO_ITEMS,
    /** No student answered the item. */
    NO_ANSWERS,
    /** Every student earned the same score on the item, so it cannot correlate with anything. */
    NO_ITEM_VARIANCE,
    /** Every student earned the same score on the other items, so the item has nothing to correlate with. */
    NO_REST_VARIANCE,
    /** Every student earned the same total, so the test separates no one and reliability has no denominator. */
    NO_TOTAL_VARIANCE,
    /** KR-20 is defined for right/wrong items only; some item gave partial credit. */
    NOT_ALL_DICHOTOMOUS,
    /** The reliability is negative, so an error of measurement derived from it would exceed the spread itself. */
    NEGATIVE_RELIABILITY;

    /** The reason for a figure that needs two students, when there are fewer. */
    static Undefined tooFewStudents(int students) {
        return students == 0 ? NO_STUDENTS : FEWER_THAN_TWO_STUDENTS;
    }
}
