package org.educloud.development;

import java.math.BigDecimal;
import org.educloud.tenancy.Locality;
import org.jspecify.annotations.Nullable;

/**
 * Teacher training and competence of the schools of one locality under a node: teachers with credited hours this
 * year and those hours, and teachers who assessed themselves this school year with their mean level on the national
 * framework — null when fewer than {@link TrainingFigures#SMALLEST_GROUP} assessed, as the competence report keeps
 * back small groups.
 */
public record LocalityTraining(Locality locality, int schools, int trainedTeachers, BigDecimal hours,
                               int assessedTeachers, @Nullable Double meanLevel) {

    /** Hours per teacher with any; null without one. */
    public @Nullable Double hoursPerTrainedTeacher() {
        return trainedTeachers == 0 ? null : hours.doubleValue() / trainedTeachers;
    }
}
