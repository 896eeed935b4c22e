package org.educloud.roster;

import org.educloud.shared.OrgId;
import org.jspecify.annotations.Nullable;

/** A staff member as lists show them; the phone is masked in lists. */
public record StaffView(long id, OrgId schoolId, String schoolName, String staffNumber, String name,
                        @Nullable Gender gender,
                        @Nullable String phone, String subjects, Qualification qualification, ProfessionalTitle title,
                        BackboneLevel backboneLevel, boolean fullTimeTeacher, Specialist specialist,
                        EmploymentStatus employmentStatus) {
}
