package org.educloud.tutoring.tracing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class BktParametersTest {

    @Test
    void everyParameterMustBeAProbability() {
        assertThatIllegalArgumentException().isThrownBy(() -> BktParameters.of(-0.01, 0.1, 0.2, 0.1))
                .withMessageContaining("prior");
        assertThatIllegalArgumentException().isThrownBy(() -> BktParameters.of(0.3, 1.01, 0.2, 0.1))
                .withMessageContaining("learn");
        assertThatIllegalArgumentException().isThrownBy(() -> new BktParameters(0.3, 0.1, 0.2, 0.1, Double.NaN))
                .withMessageContaining("forget");
    }

    @Test
    void guessAndSlipStayBelowOneHalfSoTheTwoStatesCannotSwapMeaning() {
        assertThatIllegalArgumentException().isThrownBy(() -> BktParameters.of(0.3, 0.1, 0.5, 0.1))
                .withMessageContaining("identifiable");
        assertThatIllegalArgumentException().isThrownBy(() -> BktParameters.of(0.3, 0.1, 0.2, 0.5))
                .withMessageContaining("identifiable");
        assertThat(BktParameters.of(0.3, 0.1, 0.499, 0.499).guess()).isEqualTo(0.499);
    }

    @Test
    void theDefaultsForSparseKnowledgePointsAreStandardBkt() {
        assertThat(BktParameters.DEFAULTS).isEqualTo(BktParameters.of(0.3, 0.1, 0.2, 0.1));
        assertThat(BktParameters.DEFAULTS.withoutForgetting()).isTrue();
    }

    @Test
    void distanceIsTheLargestDifferenceOfAnyProbability() {
        assertThat(BktParameters.of(0.3, 0.1, 0.2, 0.1).distanceTo(new BktParameters(0.32, 0.1, 0.15, 0.1, 0.01)))
                .isCloseTo(0.05, org.assertj.core.api.Assertions.within(1e-12));
    }
}
