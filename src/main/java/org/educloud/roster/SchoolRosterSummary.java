package org.educloud.roster;

import java.util.Map;

/**
 * What a bureau sees of one school at a glance: enrolled students by grade and gender, teachers by subject, and
 * the number of classes in the current term.
 */
public record SchoolRosterSummary(Map<Integer, Map<Gender, Long>> studentsByGradeAndGender,
                                  Map<String, Long> teachersBySubject, long classes, long staff) {

    public long students() {
        return studentsByGradeAndGender.values().stream().flatMap(m -> m.values().stream()).mapToLong(Long::longValue).sum();
    }

    public long studentsIn(int grade, Gender gender) {
        return studentsByGradeAndGender.getOrDefault(grade, Map.of()).getOrDefault(gender, 0L);
    }
}
