package org.educloud.development.programmes;

import java.math.BigDecimal;
import org.educloud.roster.ProfessionalTitle;
import org.educloud.tenancy.Stage;
import org.jspecify.annotations.Nullable;

/**
 * Whom a programme is for, beyond being under the node that runs it: each set field must hold (a school, a stage
 * the school teaches, a subject the teacher teaches, a professional title, a self-assessed mean on a dimension below
 * a level). No field set: every teacher under the node.
 */
public record Targets(@Nullable Long schoolId, @Nullable Stage stage, @Nullable String subject,
                      @Nullable ProfessionalTitle title, @Nullable String gapDimension, @Nullable BigDecimal gapBelow) {

    public boolean admit(TeacherProfile teacher) {
        if (schoolId != null && schoolId != teacher.schoolId()) {
            return false;
        }
        if (stage != null && !teacher.stages().contains(stage)) {
            return false;
        }
        if (subject != null && teacher.subjects().stream().noneMatch(s -> s.contains(subject))) {
            return false;
        }
        if (title != null && title != teacher.title()) {
            return false;
        }
        if (gapDimension != null && gapBelow != null) {
            Double mean = teacher.dimensionMeans().get(gapDimension);
            return mean != null && mean < gapBelow.doubleValue();
        }
        return true;
    }

    public boolean open() {
        return schoolId == null && stage == null && subject == null && title == null && gapDimension == null;
    }
}
