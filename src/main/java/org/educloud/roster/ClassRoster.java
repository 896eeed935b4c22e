package org.educloud.roster;

import java.util.List;

/** A class with its current students and its teachers. */
public record ClassRoster(SchoolClassView schoolClass, List<StudentView> students, List<String> teachers) {
}
