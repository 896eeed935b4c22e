package org.educloud.assessment.exams;

import java.util.Set;

/**
 * Who looks at an exam, and so what the analysis shows them: the school's admins everything; a bureau the figures of
 * groups only, each of fewer than {@link #SMALLEST_GROUP} students reduced to counts; a teacher the grade's figures
 * and the students of the classes they teach; a student or parent their own child's scores, the class mean and
 * (where the school allows it) the child's ranks.
 */
public record Viewer(Kind kind, Set<Long> classes, Set<Long> children) {

    /** The small-group rule: a group this small is shown to a bureau as counts, never as figures. */
    public static final int SMALLEST_GROUP = 3;

    public enum Kind { SCHOOL, BUREAU, TEACHER, FAMILY }

    /** For the page that explains the small-group rule. */
    public int smallestGroup() {
        return SMALLEST_GROUP;
    }

    public boolean seesStudentsOf(long classId) {
        return kind == Kind.SCHOOL || kind == Kind.TEACHER && classes.contains(classId);
    }

    public boolean family() {
        return kind == Kind.FAMILY;
    }

    public boolean bureau() {
        return kind == Kind.BUREAU;
    }

    /** Whether the viewer may enter the class's scores (a school's admin, or a teacher of the class). */
    public boolean entersScoresOf(long classId) {
        return seesStudentsOf(classId);
    }
}
