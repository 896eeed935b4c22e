package org.educloud.learning;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/** Criteria × levels × points: a grade picks one level per criterion, and the levels' points add up to the score. */
public record Rubric(@NotEmpty @Size(max = 12) List<@Valid Criterion> criteria) {

    public record Criterion(@NotBlank @Size(max = 60) String name, @NotEmpty @Size(max = 6) List<@Valid Level> levels) {
    }

    public record Level(@NotBlank @Size(max = 30) String label, @NotNull @DecimalMin("0") BigDecimal points) {
    }

    /** The most a rubric can give: the best level of every criterion. */
    public BigDecimal maximum() {
        return criteria.stream().map(c -> c.levels().stream().map(Level::points).max(BigDecimal::compareTo)
                .orElse(BigDecimal.ZERO)).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
