package org.educloud.assessment.exams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The kernels against figures worked out by hand. */
class ScoreKernelTest {

    private static final Lines HUNDRED = Lines.of(100, 0.6, 0.85);

    @Test
    void summaryOfAClassLeavesTheAbsenteeOutOfEveryFigure() {
        // sat: 90 80 80 70 60 45 (sum 425), one absentee; Σx² = 31425, so σ² = 31425/6 − (425/6)² = 220.1389
        ScoreSummary s = ScoreKernel.summarise(Arrays.asList(90.0, 80.0, null, 80.0, 70.0, 60.0, 45.0), HUNDRED);
        assertThat(s.sat()).isEqualTo(6);
        assertThat(s.absent()).isEqualTo(1);
        assertThat(s.mean()).isCloseTo(70.8333, within(1e-4));
        assertThat(s.median()).isEqualTo(75.0);
        assertThat(s.highest()).isEqualTo(90.0);
        assertThat(s.lowest()).isEqualTo(45.0);
        assertThat(s.standardDeviation()).isCloseTo(14.8371, within(1e-4));
        assertThat(s.passed()).as("60 is on the pass line, and passes").isEqualTo(5);
        assertThat(s.passRate()).isCloseTo(5 / 6.0, within(1e-9));
        assertThat(s.excellent()).isEqualTo(1);
        assertThat(s.excellentRate()).isCloseTo(1 / 6.0, within(1e-9));
        assertThat(s.bands()).extracting(Band::students).containsExactly(0, 0, 0, 0, 1, 0, 1, 1, 2, 1);
    }

    @Test
    void zeroIsAScoreAndAnAbsenteeIsNot() {
        ScoreSummary withZero = ScoreKernel.summarise(Arrays.asList(0.0, 100.0), HUNDRED);
        ScoreSummary withAbsentee = ScoreKernel.summarise(Arrays.asList(null, 100.0), HUNDRED);
        assertThat(withZero.mean()).isEqualTo(50.0);
        assertThat(withZero.passRate()).isEqualTo(0.5);
        assertThat(withAbsentee.mean()).isEqualTo(100.0);
        assertThat(withAbsentee.passRate()).isEqualTo(1.0);
        assertThat(withAbsentee.absent()).isEqualTo(1);
    }

    @Test
    void anEmptyClassHasNoFiguresButItsBands() {
        ScoreSummary none = ScoreKernel.summarise(List.of(), HUNDRED);
        ScoreSummary allAbsent = ScoreKernel.summarise(Arrays.asList(null, null), HUNDRED);
        assertThat(none.empty()).isTrue();
        assertThat(none.mean()).isNull();
        assertThat(none.passRate()).isNull();
        assertThat(none.standardDeviation()).isNull();
        assertThat(none.bands()).hasSize(10).allMatch(b -> b.students() == 0);
        assertThat(allAbsent.sat()).isZero();
        assertThat(allAbsent.absent()).isEqualTo(2);
        assertThat(allAbsent.median()).isNull();
    }

    @Test
    void tiesShareARankAndTheNextRankSkips() {
        Map<String, Double> scores = new LinkedHashMap<>();
        scores.put("d", 70.0);
        scores.put("b", 80.0);
        scores.put("a", 90.0);
        scores.put("c", 80.0);
        scores.put("e", 70.0);
        Map<String, Integer> ranks = ScoreKernel.ranks(scores);
        assertThat(ranks).containsEntry("a", 1).containsEntry("b", 2).containsEntry("c", 2)
                .containsEntry("d", 4).containsEntry("e", 4);
        assertThat(ScoreKernel.ranks(Map.<String, Double>of())).isEmpty();
    }

    @Test
    void fullMarksFallInTheTopBandAndLinesFollowFullMarks() {
        Lines hundredFifty = Lines.of(150, 0.6, 0.85);
        assertThat(hundredFifty.passLine()).isEqualTo(90.0);
        assertThat(hundredFifty.excellentLine()).isEqualTo(127.5);
        List<Band> bands = ScoreKernel.bands(List.of(150.0, 135.0, 134.9, 0.0), 150);
        assertThat(bands.get(9)).isEqualTo(new Band(135, 150, 2));
        assertThat(bands.get(8).students()).isEqualTo(1);
        assertThat(bands.get(0).students()).isEqualTo(1);
        ScoreSummary s = ScoreKernel.summarise(List.of(90.0, 89.9), hundredFifty);
        assertThat(s.passed()).isEqualTo(1);
    }

    @Test
    void aTotalNeedsEverySubject() {
        Map<String, Double> sat = Map.of("语文", 88.5, "数学", 92.0);
        Map<String, Double> missed = new HashMap<>(Map.of("语文", 88.5));
        missed.put("数学", null);
        assertThat(ScoreKernel.total(sat, List.of("语文", "数学"))).isEqualTo(180.5);
        assertThat(ScoreKernel.total(missed, List.of("语文", "数学"))).isNull();
        assertThat(ScoreKernel.total(Map.of("语文", 88.5), List.of("语文", "数学"))).isNull();
        assertThat(HUNDRED.plus(Lines.of(120, 0.6, 0.85))).isEqualTo(new Lines(220, 132, 187));
    }

    @Test
    void aFamilySeesNoMeanOfAGroupWhereFewerThanThreeSat() {
        Lines lines = new Lines(100, 60, 85);
        ExamReport.Group two = new ExamReport.Group(1, "二人", List.of(ScoreKernel.summarise(
                Arrays.asList(70.0, 90.0, null), lines)), false);
        ExamReport.Group three = new ExamReport.Group(2, "三人", List.of(ScoreKernel.summarise(
                List.of(70.0, 90.0, 80.0), lines)), false);

        // with the mean and their own child's 70, a parent would read the other child's 90
        assertThat(ScoreAnalysis.forFamily(two).countsOnly()).isTrue();
        assertThat(ScoreAnalysis.forFamily(two).figures().getFirst().mean()).isNull();
        assertThat(ScoreAnalysis.forFamily(two).figures().getFirst().sat()).isEqualTo(2);
        assertThat(ScoreAnalysis.forFamily(three).figures().getFirst().mean()).isEqualTo(80.0);
        assertThat(ScoreAnalysis.forFamily(three).figures().getFirst().highest()).as("never the top score").isNull();
    }
}
