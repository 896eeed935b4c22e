package org.educloud.learning;

import java.time.Instant;
import org.educloud.roster.ClassId;
import org.educloud.roster.StudentId;

/** A piece of work past its due time that a student of the class has not handed in (or a quiz not taken). */
public record MissedWork(ClassId classId, StudentId studentId, String studentName, Kind kind, String title,
                         Instant dueAt) {

    /** What was missed: an assignment of the learning space, or a column another source put in the gradebook. */
    public enum Kind {
        ASSIGNMENT, QUIZ, LTI
    }
}
