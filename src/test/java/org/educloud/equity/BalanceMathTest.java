package org.educloud.equity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.educloud.equity.balance.WeightedValue;
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
}
