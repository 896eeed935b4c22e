package org.educloud.roster;

import java.time.LocalDate;
import org.educloud.shared.OrgId;
import org.jspecify.annotations.Nullable;

/** A student as lists and pages show them; {@code idNumber} is masked unless the viewer needs it in full. */
public record StudentView(StudentId id, OrgId schoolId, String schoolName, @Nullable String studentNumber,
                          String name, Gender gender,
                          LocalDate birthDate, @Nullable String ethnicity, @Nullable String idNumber,
                          StudentStatus status, boolean boarding, boolean leftBehind, boolean migrant,
                          boolean disability, boolean economicHardship) {
}
