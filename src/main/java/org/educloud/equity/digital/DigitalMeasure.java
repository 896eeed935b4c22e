package org.educloud.equity.digital;

import org.jspecify.annotations.Nullable;

/**
 * The per-school measures of digital-resource and learning-space use that the equity report compares, each with
 * the head count it is taken per (and weighted by): students, or full-time teachers for what teachers do.
 */
public enum DigitalMeasure {
    USES_PER_STUDENT, ACTIVE_DAYS_PER_STUDENT, UPLOADS_PER_TEACHER, PUSHES_PER_TEACHER, SUBMISSION_RATE;

    /** The head count this measure is per: students, or teachers for uploads and pushes. */
    long weight(DigitalEquityReport.SchoolLine s) {
        return this == UPLOADS_PER_TEACHER || this == PUSHES_PER_TEACHER ? s.teachers() : s.students();
    }

    @Nullable Double value(DigitalEquityReport.SchoolLine s) {
        return switch (this) {
            case USES_PER_STUDENT -> s.usesPerStudent();
            case ACTIVE_DAYS_PER_STUDENT -> s.activeDaysPerStudent();
            case UPLOADS_PER_TEACHER -> s.uploadsPerTeacher();
            case PUSHES_PER_TEACHER -> s.pushesPerTeacher();
            case SUBMISSION_RATE -> s.submissionRate();
        };
    }
}
