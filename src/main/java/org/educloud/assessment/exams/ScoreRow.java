package org.educloud.assessment.exams;

import org.jspecify.annotations.Nullable;

/** A student's entry in one subject of an exam: a score, or none for an absentee (缺考). */
public record ScoreRow(long studentId, String studentName, long classId, String className, String subject,
                       @Nullable Double score) {

    public boolean absent() {
        return score == null;
    }
}
