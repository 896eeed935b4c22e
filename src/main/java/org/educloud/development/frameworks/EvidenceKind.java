package org.educloud.development.frameworks;

import java.util.Locale;
import java.util.Optional;

/**
 * What the platform already knows of a teacher's digital practice, read from upstream modules: a framework file names
 * the kinds that speak to each indicator (column 平台证据), so the mapping is data, not code.
 */
public enum EvidenceKind {
    /** Resources the teacher authored in the library. */
    RESOURCES_CONTRIBUTED,
    /** How the teacher's resources fared in review: published, sent back, waiting. */
    RESOURCES_REVIEWED,
    /** Resources the teacher pushed to their classes (班班通). */
    CLASS_PUSHES,
    /** Courses the teacher built in the learning space, and how many are published. */
    COURSES_BUILT,
    /** Courses the teacher shared beyond their own classes. */
    COURSES_SHARED,
    /** Assignments the teacher set and published. */
    ASSIGNMENTS_SET,
    /** How long handed-in work waited for the teacher's grade (median hours). */
    GRADING_TURNAROUND,
    /** Quizzes the teacher set to classes (assessment), and the classes they reached. */
    QUIZZES_SET,
    /** Quizzes whose item analysis the teacher opened (assessment announces each opening). */
    ITEM_ANALYSIS_OPENED;

    public static Optional<EvidenceKind> named(String text) {
        try {
            return Optional.of(valueOf(text.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
