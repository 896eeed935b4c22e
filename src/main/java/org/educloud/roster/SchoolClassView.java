package org.educloud.roster;

import org.educloud.shared.OrgId;
import org.jspecify.annotations.Nullable;

/** A class as lists show it: where, when, which grade, who leads it and how many students it has. */
public record SchoolClassView(ClassId id, OrgId schoolId, String schoolName, TermId termId, String termName, int grade,
                              String name, ClassKind kind, @Nullable String headTeacherName, long students) {
}
