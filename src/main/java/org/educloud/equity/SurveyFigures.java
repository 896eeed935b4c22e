package org.educloud.equity;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.educloud.equity.surveys.Plausibility;
import org.jspecify.annotations.Nullable;

/**
 * What a school reports itself each year (areas in m², values in yuan), in the units of the annual statistical
 * report. Each may be left empty while a draft; a submitted survey has them all. The hard caps catch typing
 * accidents of any school size; {@link Plausibility} checks them per student.
 */
public record SurveyFigures(
        @PositiveOrZero(message = "{equity.validation.notNegative}")
        @DecimalMax(value = "10000000", message = "{equity.validation.tooLarge}") @Nullable BigDecimal teachingArea,
        @PositiveOrZero(message = "{equity.validation.notNegative}")
        @DecimalMax(value = "10000000", message = "{equity.validation.tooLarge}") @Nullable BigDecimal sportsGroundArea,
        @PositiveOrZero(message = "{equity.validation.notNegative}")
        @DecimalMax(value = "10000000", message = "{equity.validation.tooLarge}") @Nullable BigDecimal sportsHallArea,
        @PositiveOrZero(message = "{equity.validation.notNegative}")
        @DecimalMax(value = "10000000000", message = "{equity.validation.tooLarge}") @Nullable BigDecimal equipmentValue,
        @PositiveOrZero(message = "{equity.validation.notNegative}")
        @Max(value = 100000, message = "{equity.validation.tooLarge}") @Nullable Integer multimediaClassrooms,
        @PositiveOrZero(message = "{equity.validation.notNegative}")
        @Max(value = 1000000, message = "{equity.validation.tooLarge}") @Nullable Integer computers,
        @PositiveOrZero(message = "{equity.validation.notNegative}")
        @Max(value = 100000000, message = "{equity.validation.tooLarge}") @Nullable Integer libraryBooks) {

    /** The figures' names, in form and file order. */
    public static final List<String> FIELDS = List.of("teachingArea", "sportsGroundArea", "sportsHallArea",
            "equipmentValue", "multimediaClassrooms", "computers", "libraryBooks");

    public static int indexOf(String field) {
        return Math.max(0, FIELDS.indexOf(field));
    }

    public static SurveyFigures empty() {
        return new SurveyFigures(null, null, null, null, null, null, null);
    }

    /** The figures in {@link #FIELDS} order, empty ones as null. */
    public List<@Nullable Object> values() {
        return Arrays.asList(teachingArea, sportsGroundArea, sportsHallArea, equipmentValue,
                multimediaClassrooms, computers, libraryBooks);
    }

    /** The first field left empty, by form order, or null when all are there. */
    public @Nullable String firstMissing() {
        List<@Nullable Object> values = values();
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) == null) {
                return FIELDS.get(i);
            }
        }
        return null;
    }

    public @Nullable BigDecimal sportsArea() {
        return sportsGroundArea == null || sportsHallArea == null ? null : sportsGroundArea.add(sportsHallArea);
    }
}
