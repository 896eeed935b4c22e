package org.educloud.roster;

import java.io.Serializable;
import java.util.List;

/**
 * What a year-end promotion will do, shown before it is done: each homeroom class moves up a grade into the new
 * term with its students and head teacher, and the top grade graduates. Serializable: the outcome is shown after a
 * redirect, as a flash attribute in the database-stored session.
 */
public record PromotionPlan(TermView from, TermView to, List<ClassMove> moves, List<Graduation> graduations)
        implements Serializable {

    /** A class that moves up: its students will be enrolled in the new class. */
    public record ClassMove(long fromClassId, String fromName, int toGrade, String toName, long students,
                            boolean targetExists) implements Serializable {
    }

    /** A class of the school's top grade: its students graduate. */
    public record Graduation(long classId, String name, long students) implements Serializable {
    }

    public long studentsMoving() {
        return moves.stream().mapToLong(ClassMove::students).sum();
    }

    public long studentsGraduating() {
        return graduations.stream().mapToLong(Graduation::students).sum();
    }
}
