package org.educloud.tutoring.warnings;

import org.educloud.learning.MissedWork;

/** Why a student is on the early-warning list. */
public enum WarningReason {
    /** Mastery of a knowledge point fell well below the best it reached. */
    FALLING,
    /** No answers for a while. */
    QUIET,
    /** No answers at all yet. */
    NEVER,
    /** An assignment (or an external tool's work) past its due time without a submission. */
    MISSING_ASSIGNMENT,
    /** A quiz closed without an attempt. */
    MISSED_QUIZ,
    /** Missed more than the set share of recorded school days without leave (the school day's attendance). */
    CHRONIC_ABSENCE;

    static WarningReason of(MissedWork.Kind kind) {
        return kind == MissedWork.Kind.QUIZ ? MISSED_QUIZ : MISSING_ASSIGNMENT;
    }

    /** Reasons the weekly notice tells of: missed work. Practice alone is not required of anyone. */
    boolean notified() {
        return this == MISSING_ASSIGNMENT || this == MISSED_QUIZ;
    }
}
