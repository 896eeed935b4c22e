package org.educloud.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.educloud.learning.Rubric.Criterion;
import org.educloud.learning.Rubric.Level;
import org.junit.jupiter.api.Test;

/** A rubric's maximum: what an assignment's maximum score must equal when it is graded by the rubric. */
class RubricTest {

    @Test
    void the_most_a_rubric_gives_is_the_best_level_of_every_criterion() {
        Rubric writing = new Rubric(List.of(
                new Criterion("内容", List.of(new Level("不足", new BigDecimal("2")), new Level("优秀", new BigDecimal("6")))),
                new Criterion("书写", List.of(new Level("优秀", new BigDecimal("4")), new Level("一般", new BigDecimal("1.5"))))));

        assertThat(writing.maximum()).isEqualByComparingTo("10");
    }

    @Test
    void a_criterion_without_levels_adds_nothing() {
        Rubric rubric = new Rubric(List.of(new Criterion("态度", List.of())));

        assertThat(rubric.maximum()).isEqualByComparingTo("0");
    }
}
