package org.educloud.tutoring.practice;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The difficulty of the next practice item follows mastery: easy while it is low, harder as it grows, 1 to 5. */
class PracticeDifficultyTest {

    @Test
    void aBeginnerGetsTheEasiestItems() {
        assertThat(Practice.difficultyFor(0.0)).isEqualTo(1);
        assertThat(Practice.difficultyFor(0.19)).isEqualTo(1);
    }

    @Test
    void eachFifthOfMasteryIsOneStepHarder() {
        assertThat(Practice.difficultyFor(0.2)).isEqualTo(2);
        assertThat(Practice.difficultyFor(0.5)).isEqualTo(3);
        assertThat(Practice.difficultyFor(0.79)).isEqualTo(4);
        assertThat(Practice.difficultyFor(0.8)).isEqualTo(5);
    }

    @Test
    void nearMasteryItStaysAtTheHardest() {
        assertThat(Practice.difficultyFor(0.94)).isEqualTo(5);
        assertThat(Practice.difficultyFor(1.0)).isEqualTo(5);
    }
}
