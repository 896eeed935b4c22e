package org.educloud.schoolday;

import org.educloud.roster.ClassId;
import org.educloud.shared.Scope;

/**
 * Which subjects the caller teaches in a class, as the class's weekly timetable says (the roster knows that a teacher
 * teaches a class, not which subject): exam score entry asks it so that a subject teacher enters their subject only.
 */
public interface SubjectTeaching {

    /** The class's timetable as it concerns the caller; a class out of the caller's reach is not found. */
    TaughtSubjects subjectsTaught(Scope scope, ClassId schoolClass);
}
