package org.educloud.assessment.analysis;

/**
 * Means, population variances and Pearson correlations over primitive columns. Population variances (divided by
 * n, not n − 1) throughout: the class that sat the quiz is the whole population of interest, and KR-20's textbook
 * form uses them, so KR-20 and alpha agree to the last digit on right/wrong items.
 */
final class Moments {

    /** Below this share of the squared scale a variance is rounding noise, i.e. zero. */
    private static final double ZERO_VARIANCE = 1e-12;

    private Moments() {
    }

    static double mean(double[] values) {
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return sum / values.length;
    }

    static double variance(double[] values, double mean) {
        double sum = 0;
        for (double value : values) {
            double gap = value - mean;
            sum += gap * gap;
        }
        return sum / values.length;
    }

    /** Whether {@code variance} of values on a scale up to {@code scale} is zero up to rounding. */
    static boolean isZero(double variance, double scale) {
        return variance <= ZERO_VARIANCE * scale * scale;
    }

    /**
     * A difference or correlation within rounding noise of 0 is 0, so a flag for "negative" is never raised by the
     * last bit of a sum.
     */
    static double snapToZero(double value) {
        return Math.abs(value) < 1e-12 ? 0 : value;
    }

    /**
     * A share or a reliability is at most 1 (and a share at least 0); a sum of weights such as 3 × 2/3 may land a
     * hair beyond, which the page must not show as 1.0000000000000002 nor turn into √(negative) for the SEM.
     */
    static double atMostOne(double value) {
        return Math.min(1, value);
    }

    static double share(double value) {
        return Math.max(0, Math.min(1, value));
    }
}
