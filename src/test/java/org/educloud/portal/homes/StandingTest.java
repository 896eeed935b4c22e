package org.educloud.portal.homes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A balance line is coloured as good or bad news only when there is a verdict. */
class StandingTest {

    @Test
    void aCountyThatAchievedBalanceAndASchoolThatCompliesAreGoodNews() {
        assertThat(Standing.ACHIEVED.good()).isTrue();
        assertThat(Standing.COMPLIES.good()).isTrue();
        assertThat(Standing.ACHIEVED.bad()).isFalse();
    }

    @Test
    void aCountyThatDidNotAchieveItAndASchoolThatFallsShortAreBadNews() {
        assertThat(Standing.NOT_ACHIEVED.bad()).isTrue();
        assertThat(Standing.FALLS_SHORT.bad()).isTrue();
        assertThat(Standing.FALLS_SHORT.good()).isFalse();
    }

    @Test
    void withoutAVerdictALineIsNeitherGoodNorBadNews() {
        for (Standing undecided : new Standing[] {Standing.INCOMPLETE, Standing.UNDECIDED, Standing.NOT_COUNTED}) {
            assertThat(undecided.good()).as(undecided.name()).isFalse();
            assertThat(undecided.bad()).as(undecided.name()).isFalse();
        }
    }
}
