package org.educloud.equity.surveys;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.educloud.equity.SurveyFigures;
import org.educloud.shared.FieldRuleViolationException;
import org.jspecify.annotations.Nullable;

/**
 * Per-student ceilings far above any real school (about twenty times the 2017 minimums), so that a slipped
 * decimal point or a figure in the wrong unit (10,000 m² per student) is refused with the per-student value shown,
 * while every genuine school passes.
 */
public final class Plausibility {

    private Plausibility() {
    }

    public static void check(SurveyFigures f, int students) {
        if (students <= 0) {
            return;
        }
        perStudent("teachingArea", f.teachingArea(), students, 100);
        perStudent("sportsGroundArea", f.sportsGroundArea(), students, 200);
        perStudent("sportsHallArea", f.sportsHallArea(), students, 50);
        perStudent("equipmentValue", f.equipmentValue(), students, 100_000);
        perStudent("multimediaClassrooms", f.multimediaClassrooms(), students, 0.5);
        perStudent("computers", f.computers(), students, 5);
        perStudent("libraryBooks", f.libraryBooks(), students, 1_000);
    }

    private static void perStudent(String field, @Nullable Number value, int students, double ceiling) {
        if (value == null) {
            return;
        }
        double per = new BigDecimal(value.toString()).divide(BigDecimal.valueOf(students), 4, RoundingMode.HALF_UP)
                .doubleValue();
        if (per > ceiling) {
            throw new FieldRuleViolationException(field, "equity.validation.implausible", String.format("%.2f", per),
                    String.format("%.2f", ceiling), students);
        }
    }
}
