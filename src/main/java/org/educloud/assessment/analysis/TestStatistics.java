package org.educloud.assessment.analysis;

import java.util.List;

/**
 * The whole test's figures.
 *
 * @param students          students who sat the quiz
 * @param items             items on the quiz
 * @param maxTotal          the highest possible total
 * @param mean              mean total score
 * @param standardDeviation population standard deviation of the totals (divided by n: the class is the population)
 * @param alpha             Cronbach's alpha, k/(k−1) · (1 − Σ item variances / total variance); for any item types
 * @param kr20              Kuder–Richardson 20, k/(k−1) · (1 − Σ p·q / variance of the number right); defined only
 *                          when every item is right/wrong, and then equal to alpha if all items carry the same
 *                          maximum (with mixed maxima it is the reliability of the number right, alpha that of the
 *                          weighted total)
 * @param standardError     standard error of measurement, SD · √(1 − alpha): the spread of a student's total around
 *                          their true score
 * @param distribution      the totals in equal-width buckets from 0 to the maximum
 */
public record TestStatistics(int students, int items, double maxTotal, Figure mean, Figure standardDeviation,
                             Figure alpha, Figure kr20, Figure standardError, List<ScoreBucket> distribution) {

    public TestStatistics {
        distribution = List.copyOf(distribution);
    }
}
