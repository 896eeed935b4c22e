package org.educloud.assessment.analysis;

/**
 * Ebel's reading of the discrimination index D (see {@link Thresholds}), with a separate grade for a negative D,
 * which calls for checking the key rather than rewording the item. Message keys
 * {@code assessment.analysis.grade.<name>}.
 */
public enum DiscriminationGrade {
    VERY_GOOD, REASONABLY_GOOD, MARGINAL, POOR, NEGATIVE;

    public static DiscriminationGrade of(double d) {
        // bounds allow for rounding, so a D of 0.4 computed as 0.39999999999999997 is still very good
        double rounded = d + Thresholds.ROUNDING;
        if (d < -Thresholds.ROUNDING) {
            return NEGATIVE;
        }
        if (rounded >= Thresholds.VERY_GOOD_FROM) {
            return VERY_GOOD;
        }
        if (rounded >= Thresholds.REASONABLY_GOOD_FROM) {
            return REASONABLY_GOOD;
        }
        return rounded >= Thresholds.MARGINAL_FROM ? MARGINAL : POOR;
    }
}
