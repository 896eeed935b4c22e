package org.educloud.tutoring.tracing;

import java.util.Arrays;

/**
 * How well forecasts of correctness match the answers: the two figures knowledge-tracing papers report.
 *
 * @param auc the area under the ROC curve: the chance that a random correct answer got a higher forecast than a
 *        random wrong one (ties count one half); 0.5 is guessing
 * @param rmse the root mean squared error between forecast and outcome (1 or 0)
 * @param answers how many answers were forecast
 */
public record PredictionQuality(double auc, double rmse, int answers) {

    /** Scores forecasts against the log's answers; {@code forecasts} is indexed like the log's responses. */
    public static PredictionQuality of(ResponseLog log, double[] forecasts) {
        int n = log.responses();
        if (forecasts.length != n || n == 0) {
            throw new IllegalArgumentException("one forecast per answer, and at least one answer");
        }
        double squares = 0;
        long[] keyed = new long[n];
        int correctCount = 0;
        for (int r = 0; r < n; r++) {
            int outcome = log.correct(r) ? 1 : 0;
            correctCount += outcome;
            double error = forecasts[r] - outcome;
            squares += error * error;
            // non-negative doubles order like their bit patterns; the lowest bit carries the outcome
            keyed[r] = (Double.doubleToLongBits(forecasts[r]) << 1) | outcome;
        }
        return new PredictionQuality(auc(keyed, correctCount), Math.sqrt(squares / n), n);
    }

    /** The Mann–Whitney statistic over forecasts sorted ascending, with tied forecasts sharing their mean rank. */
    private static double auc(long[] keyed, int correctCount) {
        int n = keyed.length;
        int wrongCount = n - correctCount;
        if (correctCount == 0 || wrongCount == 0) {
            return Double.NaN;
        }
        Arrays.sort(keyed);
        double rankSumOfCorrect = 0;
        int i = 0;
        while (i < n) {
            int j = i;
            int correctInTie = 0;
            while (j < n && keyed[j] >>> 1 == keyed[i] >>> 1) {
                correctInTie += (int) (keyed[j] & 1L);
                j++;
            }
            double meanRank = (i + 1 + j) / 2.0;   // ranks i+1 .. j
            rankSumOfCorrect += correctInTie * meanRank;
            i = j;
        }
        return (rankSumOfCorrect - (double) correctCount * (correctCount + 1) / 2.0)
                / ((double) correctCount * wrongCount);
    }
}
