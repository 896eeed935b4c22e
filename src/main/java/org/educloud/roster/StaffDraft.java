package org.educloud.roster;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A staff member as a school admin enters or imports them; the equity indicators are computed from these fields. */
public record StaffDraft(
        @NotBlank(message = "{roster.validation.staffNumber.required}")
        @Size(max = 32, message = "{roster.validation.staffNumber.size}") String staffNumber,
        @NotBlank(message = "{roster.validation.name.required}")
        @Size(max = 50, message = "{roster.validation.name.size}") String name,
        @NotNull(message = "{roster.validation.gender.required}") Gender gender,
        @Nullable @Pattern(regexp = "(1\\d{10})?", message = "{roster.validation.phone.format}") String phone,
        @Nullable @Size(max = 200, message = "{roster.validation.subjects.size}") String subjects,
        @NotNull(message = "{roster.validation.qualification.required}") Qualification qualification,
        @NotNull(message = "{roster.validation.title.required}") ProfessionalTitle title,
        @Nullable BackboneLevel backboneLevel,
        @Nullable Boolean fullTimeTeacher,
        @Nullable Specialist specialist) {

    public StaffDraft {
        backboneLevel = backboneLevel == null ? BackboneLevel.NONE : backboneLevel;
        fullTimeTeacher = fullTimeTeacher == null || fullTimeTeacher;
        specialist = specialist == null ? Specialist.NONE : specialist;
        subjects = subjects == null ? "" : subjects.strip();
        // Staff numbers become usernames, which are case-insensitive: A01 and a01 are the same person.
        staffNumber = staffNumber == null ? null : staffNumber.strip().toUpperCase(java.util.Locale.ROOT);
        phone = phone == null || phone.isBlank() ? null : phone.strip();
    }
}
