package org.educloud.roster;

import java.util.List;

/** One student with their classes and guardians. */
public record StudentDetail(StudentView student, List<SchoolClassView> classes, List<GuardianView> guardians) {
}
