package org.educloud.learning;

import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a teacher gives: a score, or with a rubric one level per criterion (the score is then their sum), and
 * written feedback (rich text, sanitised).
 */
public record GradeDraft(@Nullable BigDecimal score, @Nullable List<Integer> rubricLevels,
                         @Size(max = 20_000) @Nullable String feedback) {
}
