package org.educloud.assessment.exams;

/** A subject of an exam with its full marks (满分), e.g. 语文 120. */
@org.springframework.modulith.NamedInterface("exams")
public record ExamSubject(String subject, double fullMarks) {
}
