package org.educloud.assessment.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Kelley's 27 % groups, and the stated rule for ties at the cut: shared places, never an arbitrary pick. */
class UpperLowerGroupsTest {

    @Test
    void each_group_holds_27_percent_of_the_students_rounded_and_at_least_one() {
        assertThat(UpperLowerGroups.of(new double[10], 1).size()).isEqualTo(3);   // 2.7
        assertThat(UpperLowerGroups.of(new double[2], 1).size()).isEqualTo(1);    // 0.54, at least one
        assertThat(UpperLowerGroups.of(new double[2000], 1).size()).isEqualTo(540);
    }

    @Test
    void two_students_tied_for_one_place_each_count_half() {
        // five students, g = round(1.35) = 1; the top place is shared by the two with 3 points
        UpperLowerGroups groups = UpperLowerGroups.of(new double[] {3, 3, 2, 1, 0}, 3);

        assertThat(groups.upperWeight(0)).isEqualTo(0.5);
        assertThat(groups.upperWeight(1)).isEqualTo(0.5);
        assertThat(groups.upperWeight(2)).isZero();
        assertThat(groups.lowerWeight(4)).isEqualTo(1);
        // an item the first got right and the second wrong: half the upper group got it right
        assertThat(groups.upperMean(new double[] {1, 0, 1, 1, 1})).isEqualTo(0.5);
    }

    @Test
    void the_result_does_not_depend_on_the_order_students_were_listed_in() {
        double[] item = {1, 0, 1, 0, 1, 0};
        double[] totals = {4, 4, 4, 2, 1, 0};
        double[] reversedItem = {0, 1, 0, 1, 0, 1};
        double[] reversedTotals = {0, 1, 2, 4, 4, 4};

        double upper = UpperLowerGroups.of(totals, 4).upperMean(item);
        assertThat(UpperLowerGroups.of(reversedTotals, 4).upperMean(reversedItem)).isCloseTo(upper, within(1e-15));
        assertThat(upper).as("g = 2 shared by three students with 4 points, two of them right")
                .isCloseTo(2.0 / 3, within(1e-15));
    }

    @Test
    void when_everyone_ties_everyone_is_in_both_groups_and_nothing_is_told_apart() {
        UpperLowerGroups groups = UpperLowerGroups.of(new double[] {2, 2, 2, 2}, 2);
        double[] item = {1, 0, 1, 1};

        assertThat(groups.upperMean(item)).isEqualTo(groups.lowerMean(item)).isEqualTo(0.75);
    }
}
