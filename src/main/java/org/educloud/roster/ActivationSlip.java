package org.educloud.roster;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What a student takes home on paper: who they are, the username, and a one-time code to choose a password; and,
 * when the username replaced one made of the student number, the last day that old one still works.
 */
public record ActivationSlip(String schoolName, String className, String studentName, String username, String code,
                             @Nullable LocalDate formerUsernameValidUntil) {
}
