package org.educloud.roster;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A student as a school admin enters or imports them. The national student number (全国学籍号) is one capital
 * letter followed by 18 characters, usually the ID number.
 */
public record StudentDraft(
        @NotBlank(message = "{roster.validation.name.required}")
        @Size(max = 50, message = "{roster.validation.name.size}") String name,
        @NotNull(message = "{roster.validation.gender.required}") Gender gender,
        @NotNull(message = "{roster.validation.birthDate.required}")
        @Past(message = "{roster.validation.birthDate.past}") LocalDate birthDate,
        @Nullable @Size(max = 20, message = "{roster.validation.ethnicity.size}") String ethnicity,
        @NotBlank(message = "{roster.validation.studentNumber.required}")
        @Pattern(regexp = "[A-Z]\\d{17}[\\dX]", message = "{roster.validation.studentNumber.format}") String studentNumber,
        @Nullable @ValidIdNumber String idNumber,
        @Nullable Boolean boarding,
        @Nullable Boolean leftBehind,
        @Nullable Boolean migrant,
        @Nullable Boolean disability,
        @Nullable Boolean economicHardship) {

    public StudentDraft {
        boarding = Boolean.TRUE.equals(boarding);
        leftBehind = Boolean.TRUE.equals(leftBehind);
        migrant = Boolean.TRUE.equals(migrant);
        disability = Boolean.TRUE.equals(disability);
        economicHardship = Boolean.TRUE.equals(economicHardship);
        idNumber = idNumber == null || idNumber.isBlank() ? null : idNumber.strip().toUpperCase(java.util.Locale.ROOT);
    }
}
