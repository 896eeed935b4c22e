package org.educloud.assessment.analysis;

import java.util.Arrays;

/**
 * Kelley's upper and lower 27 % of students by total score (the item included, as D is usually computed). The group
 * size is g = round(0.27 · n), at least 1. Ties at the cut are shared, not broken: when the students tied at the
 * cut score do not all fit, each of them enters the group with the same fractional weight (free places / students
 * tied), so each group weighs exactly g and the result does not depend on the order students were listed in. When
 * all students tie, everyone is in both groups with weight g / n and D is 0, as it should be for a test that
 * separates no one.
 */
final class UpperLowerGroups {

    private final double[] upper;
    private final double[] lower;
    private final double size;

    private UpperLowerGroups(double[] upper, double[] lower, double size) {
        this.upper = upper;
        this.lower = lower;
        this.size = size;
    }

    /** The groups of {@code totals}; needs at least two students. */
    static UpperLowerGroups of(double[] totals, double maxTotal) {
        int n = totals.length;
        int g = Math.max(1, (int) Math.round(Thresholds.GROUP_SHARE * n));
        double[] ascending = totals.clone();
        Arrays.sort(ascending);
        // totals are sums of doubles: treat totals within this distance as tied
        double tolerance = 1e-9 * Math.max(1, maxTotal);
        double[] lower = weights(totals, ascending[g - 1], g, -1, tolerance);
        double[] upper = weights(totals, ascending[n - g], g, +1, tolerance);
        return new UpperLowerGroups(upper, lower, g);
    }

    /**
     * Weight 1 for students strictly beyond the cut in {@code direction} (+1: above, −1: below), an equal share of
     * the places left for those tied at the cut, 0 for the rest.
     */
    private static double[] weights(double[] totals, double cut, int g, int direction, double tolerance) {
        int beyond = 0;
        int tied = 0;
        for (double total : totals) {
            if (Math.abs(total - cut) <= tolerance) {
                tied++;
            } else if ((total - cut) * direction > 0) {
                beyond++;
            }
        }
        double tiedWeight = (double) (g - beyond) / tied;
        double[] weights = new double[totals.length];
        for (int s = 0; s < totals.length; s++) {
            double total = totals[s];
            if (Math.abs(total - cut) <= tolerance) {
                weights[s] = tiedWeight;
            } else if ((total - cut) * direction > 0) {
                weights[s] = 1;
            }
        }
        return weights;
    }

    /** Each group's weight, g. */
    double size() {
        return size;
    }

    double upperWeight(int student) {
        return upper[student];
    }

    double lowerWeight(int student) {
        return lower[student];
    }

    /** The upper group's mean of {@code values}. */
    double upperMean(double[] values) {
        return weightedMean(upper, values);
    }

    /** The lower group's mean of {@code values}. */
    double lowerMean(double[] values) {
        return weightedMean(lower, values);
    }

    private double weightedMean(double[] weights, double[] values) {
        double sum = 0;
        for (int s = 0; s < values.length; s++) {
            sum += weights[s] * values[s];
        }
        return sum / size;
    }
}
