package org.educloud.assessment.analysis;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Computes the {@link TestStatistics}. Reliability after L. J. Cronbach, "Coefficient alpha and the internal
 * structure of tests", Psychometrika 16 (1951) 297–334, and G. F. Kuder &amp; M. W. Richardson, "The theory of the
 * estimation of test reliability", Psychometrika 2 (1937) 151–160 (their formula 20). Items nobody answered stay in
 * the count k: the reliability is that of the test as it was scored.
 */
final class TestMeasures {

    private TestMeasures() {
    }

    static TestStatistics of(ScoreSheet sheet, int buckets) {
        int n = sheet.students();
        int k = sheet.itemCount();
        double[] totals = sheet.totalArray();
        if (n == 0) {
            Figure none = Figure.undefined(Undefined.NO_STUDENTS);
            return new TestStatistics(0, k, sheet.maxTotal(), none, none, none, none, none,
                    distribution(totals, sheet.maxTotal(), buckets));
        }
        double mean = Moments.mean(totals);
        double variance = Moments.variance(totals, mean);
        Figure deviation = n < 2 ? Figure.undefined(Undefined.FEWER_THAN_TWO_STUDENTS)
                : Figure.of(Math.sqrt(variance));
        Figure alpha = alpha(sheet, variance);
        return new TestStatistics(n, k, sheet.maxTotal(), Figure.of(mean), deviation, alpha, kr20(sheet),
                standardError(deviation, alpha), distribution(totals, sheet.maxTotal(), buckets));
    }

    private static Figure alpha(ScoreSheet sheet, double totalVariance) {
        Figure undefined = undefinedReliability(sheet, totalVariance, sheet.maxTotal());
        if (undefined != null) {
            return undefined;
        }
        double itemVariances = 0;
        for (ItemColumn item : sheet.items()) {
            double[] scores = item.scoreArray();
            itemVariances += Moments.variance(scores, Moments.mean(scores));
        }
        int k = sheet.itemCount();
        return Figure.of(Moments.atMostOne((double) k / (k - 1) * (1 - itemVariances / totalVariance)));
    }

    /** KR-20 on the right/wrong pattern: p = share with the item's maximum, the total = number right. */
    private static Figure kr20(ScoreSheet sheet) {
        int n = sheet.students();
        int k = sheet.itemCount();
        for (ItemColumn item : sheet.items()) {
            if (!item.dichotomous()) {
                return Figure.undefined(Undefined.NOT_ALL_DICHOTOMOUS);
            }
        }
        double[] numberRight = new double[n];
        double pq = 0;
        for (ItemColumn item : sheet.items()) {
            int right = 0;
            for (int s = 0; s < n; s++) {
                if (item.score(s) == item.maxScore()) {
                    numberRight[s]++;
                    right++;
                }
            }
            double p = (double) right / n;
            pq += p * (1 - p);
        }
        double variance = n == 0 ? 0 : Moments.variance(numberRight, Moments.mean(numberRight));
        Figure undefined = undefinedReliability(sheet, variance, k);
        if (undefined != null) {
            return undefined;
        }
        return Figure.of(Moments.atMostOne((double) k / (k - 1) * (1 - pq / variance)));
    }

    private static @Nullable Figure undefinedReliability(ScoreSheet sheet, double totalVariance, double scale) {
        if (sheet.students() < 2) {
            return Figure.undefined(Undefined.tooFewStudents(sheet.students()));
        }
        if (sheet.itemCount() < 2) {
            return Figure.undefined(Undefined.FEWER_THAN_TWO_ITEMS);
        }
        if (Moments.isZero(totalVariance, scale)) {
            return Figure.undefined(Undefined.NO_TOTAL_VARIANCE);
        }
        return null;
    }

    private static Figure standardError(Figure deviation, Figure alpha) {
        if (!alpha.defined()) {
            return alpha;
        }
        if (alpha.orElseThrow() < 0) {
            return Figure.undefined(Undefined.NEGATIVE_RELIABILITY);
        }
        return Figure.of(deviation.orElseThrow() * Math.sqrt(1 - alpha.orElseThrow()));
    }

    private static List<ScoreBucket> distribution(double[] totals, double maxTotal, int buckets) {
        if (maxTotal == 0) {
            return List.of();
        }
        double width = maxTotal / buckets;
        int[] counts = new int[buckets];
        for (double total : totals) {
            // the small nudge keeps a total of exactly 7 out of 10 in the 7–8 bucket despite 7/10*10 = 6.9999…
            int bucket = (int) Math.floor(total / maxTotal * buckets + 1e-9);
            counts[Math.min(buckets - 1, Math.max(0, bucket))]++;
        }
        List<ScoreBucket> distribution = new ArrayList<>(buckets);
        for (int b = 0; b < buckets; b++) {
            distribution.add(new ScoreBucket(b * width, b == buckets - 1 ? maxTotal : (b + 1) * width, counts[b]));
        }
        return distribution;
    }
}
