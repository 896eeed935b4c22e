package org.educloud.roster;

import java.util.List;

/**
 * What a year-end promotion will do, shown before it is done: each homeroom class moves up a grade into the new
 * term with its students and head teacher, and the top grade graduates. A view for the page that shows it, never
 * kept in a session: its shape may change from one version to the next.
 */
public record PromotionPlan(TermView from, TermView to, List<ClassMove> moves, List<Graduation> graduations) {

    /** A class that moves up: its students will be enrolled in the new class. */
    public record ClassMove(ClassId fromClassId, String fromName, int toGrade, String toName, long students,
                            boolean targetExists) {
    }

    /** A class of the school's top grade: its students graduate. */
    public record Graduation(ClassId classId, String name, long students) {
    }

    public long studentsMoving() {
        return moves.stream().mapToLong(ClassMove::students).sum();
    }

    public long studentsGraduating() {
        return graduations.stream().mapToLong(Graduation::students).sum();
    }
}
