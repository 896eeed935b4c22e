package org.educloud.roster;

import java.util.List;
import org.educloud.shared.OrgId;

/** A student the caller follows as a person (themselves, or their child), with the classes they attend now. */
public record FollowedStudent(StudentId studentId, String name, OrgId schoolId, List<ClassId> classIds) {
}
