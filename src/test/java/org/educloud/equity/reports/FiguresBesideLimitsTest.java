package org.educloud.equity.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.educloud.equity.DifferenceCoefficient;
import org.educloud.equity.Verdict;
import org.educloud.equity.balance.WeightedValue;
import org.junit.jupiter.api.Test;

/**
 * What the reader sees never contradicts the verdict: a figure beside its limit is shown with as many decimals as
 * it takes (issue 25 item 4), and a coefficient that cannot be computed cannot be judged rather than "not met"
 * (item 8).
 */
class FiguresBesideLimitsTest {

    @Test
    void aValueJustUnderAMinimumShowsTheDecimalsThatPutItUnder() {
        assertThat(Decimals.atLeast(4.497, 4.5)).isEqualTo("4.497");
        assertThat(Decimals.atLeast(4.5, 4.5)).isEqualTo("4.50");
        assertThat(Decimals.atLeast(4.503, 4.5)).isEqualTo("4.50");
        assertThat(Decimals.atLeast(4.4999, 4.5)).isEqualTo("4.4999");
        assertThat(Decimals.atLeast(3.2, 4.5)).as("far from the minimum, two decimals do").isEqualTo("3.20");
        assertThat(Decimals.atLeast(4.49999999999, 4.5)).as("beyond eight decimals it is cut, never rounded up")
                .isEqualTo("4.49999999");
    }

    @Test
    void aCoefficientJustOverItsMaximumShowsTheDecimalsThatPutItOver() {
        assertThat(Decimals.atMost(0.50004, 0.50)).isEqualTo("0.50004");
        assertThat(Decimals.atMost(0.5, 0.50)).isEqualTo("0.5000");
        assertThat(Decimals.atMost(0.43217, 0.45)).isEqualTo("0.4322");
        assertThat(Decimals.atMost(null, 0.45)).isEqualTo("—");
        assertThat(Decimals.placesAtLeast(4.497, 4.5, 2)).as("the export's number format").isEqualTo(3);
        assertThat(Decimals.exact(4.497)).as("the hover text is unrounded").isEqualTo("4.497");
    }

    @Test
    void aSingleSchoolsCoefficientIsZeroAndDefinedAsTheMethodGivesIt() {
        // DOMAIN §2: CV = S / X̄, undefined only when X̄ = 0
        DifferenceCoefficient one = DifferenceCoefficient.of(List.of(new WeightedValue(300, 5.0)));
        assertThat(one.defined()).isTrue();
        assertThat(one.value()).isEqualTo(0.0);
        assertThat(one.undefinedBecause()).isNull();
        assertThat(one.verdict(0.45)).isEqualTo(Verdict.MET);
        assertThat(one.mean()).isEqualTo(5.0);
        assertThat(DifferenceCoefficient.of(List.of(new WeightedValue(300, 0))).undefinedBecause())
                .as("one school without the resource: the mean is 0").isEqualTo(DifferenceCoefficient.Undefined.ZERO_MEAN);
    }

    @Test
    void anUndefinedCoefficientSaysWhyAndIsNeverNotMet() {
        DifferenceCoefficient none = DifferenceCoefficient.of(List.of(new WeightedValue(100, 0),
                new WeightedValue(50, 0)));
        assertThat(none.undefinedBecause()).isEqualTo(DifferenceCoefficient.Undefined.ZERO_MEAN);
        assertThat(none.verdict(0.50)).isEqualTo(Verdict.CANNOT_BE_JUDGED);
        assertThat(DifferenceCoefficient.of(List.of()).undefinedBecause())
                .isEqualTo(DifferenceCoefficient.Undefined.NO_SCHOOLS);
        DifferenceCoefficient spread = DifferenceCoefficient.of(List.of(new WeightedValue(100, 1),
                new WeightedValue(100, 9)));
        assertThat(spread.verdict(0.50)).isEqualTo(Verdict.NOT_MET);
        assertThat(spread.undefinedBecause()).isNull();
    }

    @Test
    void oneExtremeSchoolIsCutAtTheAxisEndInsteadOfFlatteningTheOthers() {
        List<Double> values = new ArrayList<>(List.of(2100.0, 2300.0, 1900.0, 2600.0, 2450.0, 2200.0));
        double ordinary = PdfBarChart.axisEnd(values, 2000);
        assertThat(ordinary).isGreaterThanOrEqualTo(2600.0).isLessThan(3000.0);
        values.add(60_000.0);
        double clipped = PdfBarChart.axisEnd(values, 2000);
        assertThat(clipped).as("the others still fill the chart").isLessThan(3100.0).isGreaterThan(2600.0);
        assertThat(PdfBarChart.axisEnd(List.of(0.2, 0.3), 0.5)).as("the reference line always shows")
                .isGreaterThan(0.5);
    }

    @Test
    void theReferenceLinesLabelSitsAboveEveryBarAndBelowTheTitle() {
        PdfBarChart.ChartLayout at = PdfBarChart.ChartLayout.of(36, 100, 380, 150, 90, 8, 12);
        assertThat(at.lineLabelBaseline()).isGreaterThan(at.plotTop());
        assertThat(at.titleBaseline()).isGreaterThan(at.lineLabelBaseline() + 6);
        assertThat(at.plotLeft()).as("names go left of the bars").isGreaterThan(36 + 90);
        assertThat(at.row() * 12).isCloseTo(at.plotTop() - at.plotBottom(), org.assertj.core.api.Assertions.within(0.01f));
    }
}
