package org.educloud.assessment.exams;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The score-analysis kernels, pure: summary figures of a group, competition ranks (ties share a rank and the next
 * rank skips: 1, 2, 2, 4), bands of a tenth of full marks, and totals. No database, no scope: the analysis service
 * gathers the scores the caller may see and hands them here.
 */
public final class ScoreKernel {

    /** Ten bands of 10 % of full marks each, as score reports draw the distribution. */
    public static final int BANDS = 10;

    private ScoreKernel() {
    }

    /** Figures of scores where null stands for an absentee (缺考). */
    public static ScoreSummary summarise(Collection<@Nullable Double> scores, Lines lines) {
        int absent = 0;
        List<Double> sat = new ArrayList<>();
        for (Double score : scores) {
            if (score == null) {
                absent++;
            } else {
                sat.add(score);
            }
        }
        List<Band> bands = bands(sat, lines.fullMarks());
        if (sat.isEmpty()) {
            return new ScoreSummary(0, absent, null, null, null, null, null, null, null, 0, 0, bands);
        }
        double[] sorted = sat.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int n = sorted.length;
        double sum = Arrays.stream(sorted).sum();
        double mean = sum / n;
        double squares = 0;
        for (double x : sorted) {
            squares += (x - mean) * (x - mean);
        }
        double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        // a small tolerance: 0.6 × 150 may come out as 89.99999 and must still be passed by a score of 90
        int passed = (int) sat.stream().filter(x -> x >= lines.passLine() - 1e-9).count();
        int excellent = (int) sat.stream().filter(x -> x >= lines.excellentLine() - 1e-9).count();
        return new ScoreSummary(n, absent, mean, median, sorted[n - 1], sorted[0], Math.sqrt(squares / n),
                (double) passed / n, (double) excellent / n, passed, excellent, bands);
    }

    /** Competition ranks, highest score first: equal scores share a rank, and the next rank counts them all. */
    public static <K> Map<K, Integer> ranks(Map<K, Double> scores) {
        List<Map.Entry<K, Double>> order = new ArrayList<>(scores.entrySet());
        order.sort((a, b) -> Double.compare(b.getValue(), a.getValue()));
        Map<K, Integer> ranks = new LinkedHashMap<>();
        for (int i = 0; i < order.size(); i++) {
            boolean tied = i > 0 && Double.compare(order.get(i).getValue(), order.get(i - 1).getValue()) == 0;
            ranks.put(order.get(i).getKey(), tied ? ranks.get(order.get(i - 1).getKey()) : i + 1);
        }
        return ranks;
    }

    /** How many scores fall in each tenth of full marks; full marks itself counts in the top band. */
    public static List<Band> bands(Collection<Double> scores, double fullMarks) {
        int[] counts = new int[BANDS];
        for (double score : scores) {
            int band = (int) Math.floor(score * BANDS / fullMarks + 1e-9);
            counts[Math.max(0, Math.min(BANDS - 1, band))]++;
        }
        List<Band> bands = new ArrayList<>();
        for (int i = 0; i < BANDS; i++) {
            bands.add(new Band(fullMarks * i / BANDS, fullMarks * (i + 1) / BANDS, counts[i]));
        }
        return bands;
    }

    /**
     * A student's total over the exam's subjects: null (no total, not ranked) when they missed a subject, absent or
     * not entered, since a total over fewer subjects would rank them below everyone who sat all.
     */
    public static @Nullable Double total(Map<String, @Nullable Double> bySubject, Collection<String> subjects) {
        double total = 0;
        for (String subject : subjects) {
            Double score = bySubject.get(subject);
            if (score == null) {
                return null;
            }
            total += score;
        }
        return Math.round(total * 10) / 10.0;
    }
}
