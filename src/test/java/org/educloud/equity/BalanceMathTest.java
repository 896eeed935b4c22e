package org.educloud.equity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The official formulas reproduce DOMAIN's worked example and test vectors to four decimals. */
class BalanceMathTest {

    private static final double FOUR_DECIMALS = 0.00005;

    @Test
    void theFiveSchoolBookExampleHasADifferenceCoefficientOf0_5153() throws IOException {
        List<WeightedValue> schools = readLines("/equity/cv_books_5schools.csv").stream().skip(1)
                .filter(line -> !line.isBlank())
                .map(line -> line.split(","))
                .map(cells -> new WeightedValue(Long.parseLong(cells[1].trim()),
                        Double.parseDouble(cells[2].trim()) / Long.parseLong(cells[1].trim())))
                .toList();
        DifferenceCoefficient cv = DifferenceCoefficient.of(schools);
        assertThat(cv.mean()).isCloseTo(6.3344, within(FOUR_DECIMALS));
        assertThat(cv.deviation()).isCloseTo(3.2639, within(FOUR_DECIMALS));
        assertThat(cv.value()).isCloseTo(0.5153, within(FOUR_DECIMALS));
        assertThat(cv.within(0.50)).isFalse();
    }

    /** DOMAIN's example data, kept in the test resources so that a clone of the repository alone can run it. */
    private static List<String> readLines(String resource) throws IOException {
        try (InputStream in = BalanceMathTest.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }

    @Test
    void aCountyWithoutAnyOfTheResourceHasNoCoefficientRatherThanZero() {
        DifferenceCoefficient cv = DifferenceCoefficient.of(List.of(new WeightedValue(100, 0),
                new WeightedValue(50, 0)));
        assertThat(cv.defined()).isFalse();
        assertThat(cv.within(0.50)).isFalse();
        assertThat(DifferenceCoefficient.of(List.of()).defined()).isFalse();
    }

    @Test
    void equalSchoolsAreBalanced() {
        DifferenceCoefficient cv = DifferenceCoefficient.of(List.of(new WeightedValue(300, 5.0),
                new WeightedValue(30, 5.0)));
        assertThat(cv.value()).isZero();
        assertThat(cv.within(0.45)).isTrue();
    }

    @Test
    void theUrbanRuralVectorGivesGiniTheilAndItsDecomposition() {
        Disparity d = Disparity.of(List.of(new Disparity.Member("urban", 400, 12),
                new Disparity.Member("urban", 300, 10), new Disparity.Member("rural", 100, 6),
                new Disparity.Member("rural", 80, 4), new Disparity.Member("rural", 120, 5)));
        assertThat(d.mean()).isCloseTo(9.3200, within(FOUR_DECIMALS));
        assertThat(d.gini()).isCloseTo(0.1667, within(FOUR_DECIMALS));
        assertThat(d.theilT()).isCloseTo(0.05535, within(0.000005));
        assertThat(d.theilWithin()).isCloseTo(0.00525, within(0.000005));
        assertThat(d.theilBetween()).isCloseTo(0.05010, within(0.000005));
        assertThat(d.theilWithin() + d.theilBetween()).isCloseTo(d.theilT(), within(1e-12));
        assertThat(d.theilL()).isCloseTo(0.06421, within(0.000005));
        assertThat(d.groups()).containsOnlyKeys("urban", "rural");
    }

    @Test
    void theilIsLeftOutAndZerosAreCountedWhenASchoolHasNone() {
        Disparity d = Disparity.of(List.of(new Disparity.Member("urban", 400, 12),
                new Disparity.Member("rural", 100, 0)));
        assertThat(d.zeros()).isEqualTo(1);
        assertThat(d.theilT()).isNull();
        assertThat(d.theilL()).isNull();
        assertThat(d.gini()).isNotNull();
    }

    @Test
    void theParityIndexIsAdjustedAboveOne() {
        assertThat(ParityIndex.of(0.60, 0.80).adjusted()).isCloseTo(0.7500, within(FOUR_DECIMALS));
        ParityIndex above = ParityIndex.of(0.90, 0.80);
        assertThat(above.index()).isCloseTo(1.1250, within(FOUR_DECIMALS));
        assertThat(above.adjusted()).isCloseTo(1.1111, within(FOUR_DECIMALS));
        assertThat(ParityIndex.of(0.99, 1.0).atParity()).isTrue();
        assertThat(ParityIndex.of(1, 0).index()).isNull();
    }
}
