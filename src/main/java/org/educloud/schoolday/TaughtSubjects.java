package org.educloud.schoolday;

import java.util.Set;

/**
 * The subjects of a class's weekly lessons the caller is the teacher of; {@code timetabled} says whether the class has
 * any weekly lesson at all (a school that keeps no timetable here says nothing about who teaches what).
 */
public record TaughtSubjects(boolean timetabled, Set<String> subjects) {
}
