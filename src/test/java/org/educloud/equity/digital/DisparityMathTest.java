package org.educloud.equity.digital;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The disparity measures and the parity index reproduce DOMAIN's test vectors to four decimals. */
class DisparityMathTest {

    private static final double FOUR_DECIMALS = 0.00005;

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
