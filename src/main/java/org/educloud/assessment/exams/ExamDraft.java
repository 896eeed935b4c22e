package org.educloud.assessment.exams;

import java.time.LocalDate;
import java.util.List;

/**
 * An exam as the form defines it: pass and excellence lines as percentages of full marks (60 and 85 unless the
 * school chooses others).
 */
@org.springframework.modulith.NamedInterface("exams")
public record ExamDraft(String name, LocalDate heldOn, long termId, int grade, List<ExamSubject> subjects,
                        int passPercent, int excellentPercent) {
}
