package org.educloud.assessment.analysis;

/**
 * What the analysis asks the teacher to look at on one item, with the bounds of {@link Thresholds}. Both
 * discrimination indices are checked and either raises a flag, since the page shows both. Message keys
 * {@code assessment.analysis.flag.<name>}.
 */
public enum ItemFlag {
    /** Nobody answered: the item was perhaps never reached, or broken; no other figure of it means anything. */
    NO_ANSWERS,
    /** Difficulty below 0.20. */
    TOO_HARD,
    /** Difficulty above 0.90. */
    TOO_EASY,
    /** D or the corrected item-total correlation below 0.20 (and neither negative). */
    WEAK_DISCRIMINATION,
    /** D or the corrected item-total correlation below 0: stronger students did worse; check the key first. */
    NEGATIVE_DISCRIMINATION,
    /** A wrong option nobody chose: it distracts no one and the item is easier than it looks. */
    DISTRACTOR_NEVER_CHOSEN,
    /** A wrong option the upper group chose more often than the lower: ambiguous wording, or a second right answer. */
    DISTRACTOR_ATTRACTS_UPPER_GROUP
}
