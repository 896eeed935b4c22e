package org.educloud.learning.submissions;

import java.time.Instant;
import java.util.List;
import org.educloud.learning.LatePolicy;
import org.educloud.learning.Upload;
import org.educloud.learning.assignments.AssignmentRow;

/**
 * A hand-in as the {@link SubmissionPolicy submission policies} judge it: the assignment's rules, the moment it
 * comes, what the student handed in before, and what they hand in now.
 *
 * @param byStudentOfTheClass the caller is a student of the assignment's class
 * @param earlierAttempts     the student's attempts already recorded at this assignment
 * @param text                the answer, already sanitised (empty when none)
 * @param uploads             the files as the form announced them, before their bytes are read
 */
public record HandIn(boolean byStudentOfTheClass, Rules rules, Instant at, int earlierAttempts, String text,
                     List<Upload> uploads) {

    /** The rules a teacher set on the assignment that decide whether a hand-in is taken. */
    public record Rules(Instant dueAt, LatePolicy latePolicy, boolean resubmission, boolean textAllowed,
                        boolean filesAllowed, List<String> fileTypes, int maxFileMb) {

        public static Rules of(AssignmentRow a) {
            return new Rules(a.dueAt(), a.latePolicy(), a.resubmission(), a.textAllowed(), a.filesAllowed(),
                    a.fileTypes(), a.maxFileMb());
        }

        long maxFileBytes() {
            return maxFileMb * 1024L * 1024L;
        }
    }

    /** Handed in after the due time (a hand-in at the due time itself is on time). */
    public boolean late() {
        return at.isAfter(rules.dueAt());
    }

    /** Late under the policy that takes late work but marks it, for the teacher and the gradebook. */
    public boolean markedLate() {
        return late() && rules.latePolicy() == LatePolicy.ACCEPT_MARKED;
    }
}
