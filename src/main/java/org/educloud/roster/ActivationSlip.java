package org.educloud.roster;

/** What a student takes home on paper: who they are, the username, and a one-time code to choose a password. */
public record ActivationSlip(String schoolName, String className, String studentName, String username, String code) {
}
