package org.educloud.assessment.analysis;

/**
 * Ebel's reading of the discrimination index D (see {@link Thresholds}), with a separate grade for a negative D,
 * which calls for checking the key rather than rewording the item. Message keys
 * {@code assessment.analysis.grade.<name>}.
 */
public enum DiscriminationGrade {
    VERY_GOOD, REASONABLY_GOOD, MARGINAL, POOR, NEGATIVE;

    public static DiscriminationGrade of(double d) {
        if (d < 0) {
            return NEGATIVE;
        }
        if (d >= Thresholds.VERY_GOOD_FROM) {
            return VERY_GOOD;
        }
        if (d >= Thresholds.REASONABLY_GOOD_FROM) {
            return REASONABLY_GOOD;
        }
        return d >= Thresholds.MARGINAL_FROM ? MARGINAL : POOR;
    }
}
