package org.educloud.assessment.attempts;

/**
 * An attempt is in progress until the student submits it or its deadline passes; submitted attempts with written
 * answers wait for the teacher; graded ones are final.
 */
public enum AttemptStatus {
    IN_PROGRESS, SUBMITTED, GRADED
}
