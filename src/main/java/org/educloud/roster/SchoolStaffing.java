package org.educloud.roster;

import java.util.Map;
import org.educloud.shared.OrgId;

/**
 * One school's head counts as the roster knows them now: students enrolled in a homeroom class by grade, enrolled
 * students in no homeroom class (their grade is not known), how many of all of them are left-behind, migrant or
 * disabled, its employed staff, and its employed full-time teachers (专任教师) by qualification, title, backbone
 * level and specialism. Neutral counts; what an indicator makes of them is the asker's rule.
 */
public record SchoolStaffing(OrgId school, Map<Integer, Long> studentsByGrade, long leftBehindStudents,
                             long migrantStudents, long disabledStudents, long fullTimeTeachers,
                             Map<Qualification, Long> byQualification, Map<ProfessionalTitle, Long> byTitle,
                             Map<BackboneLevel, Long> byBackboneLevel, Map<Specialist, Long> bySpecialist,
                             long studentsWithoutHomeroom, long employedStaff) {

    /** Every enrolled student, placed in a homeroom class or not. */
    public long enrolledStudents() {
        return studentsInGrades(1, 12) + studentsWithoutHomeroom;
    }

    public long studentsInGrades(int from, int to) {
        return studentsByGrade.entrySet().stream().filter(e -> e.getKey() >= from && e.getKey() <= to)
                .mapToLong(Map.Entry::getValue).sum();
    }

    /** Teachers whose qualification is {@code least} or higher. */
    public long teachersQualifiedAtLeast(Qualification least) {
        return byQualification.entrySet().stream().filter(e -> e.getKey().compareTo(least) >= 0)
                .mapToLong(Map.Entry::getValue).sum();
    }

    public long teachersTitledAtLeast(ProfessionalTitle least) {
        return byTitle.entrySet().stream().filter(e -> e.getKey().compareTo(least) >= 0)
                .mapToLong(Map.Entry::getValue).sum();
    }

    public long countyOrAboveBackboneTeachers() {
        return byBackboneLevel.entrySet().stream().filter(e -> e.getKey().countyOrAbove())
                .mapToLong(Map.Entry::getValue).sum();
    }

    public long specialists(Specialist... kinds) {
        long sum = 0;
        for (Specialist kind : kinds) {
            sum += bySpecialist.getOrDefault(kind, 0L);
        }
        return sum;
    }
}
