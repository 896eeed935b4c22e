package org.educloud.equity;

import java.time.Instant;
import org.educloud.roster.ProfessionalTitle;
import org.educloud.roster.Qualification;
import org.educloud.roster.SchoolStaffing;
import org.educloud.roster.Specialist;
import org.jspecify.annotations.Nullable;

/**
 * The counts a survey takes from the roster, with the derivation the page shows beside them: enrolled students by
 * stage (grades 1–6 primary, 7–9 junior, all grades), and the school's employed full-time teachers (专任教师) —
 * above the required qualification (primary: junior college or higher, since the requirement is secondary normal
 * school; junior secondary: bachelor or higher, the requirement being junior college), backbone teachers at
 * county level or above, PE, music and fine-art specialists, and those with a first-grade (intermediate) title or
 * higher.
 *
 * @param leftBehindStudents left-behind students (with migrant and disabled ones: null in surveys submitted before
 *                           these were counted)
 * @param countedAt          when the roster was read: at submission for a submitted survey, now for a draft's preview
 */
public record RosterCounts(int primaryStudents, int juniorStudents, int allStudents, int fullTimeTeachers,
                           int teachersCollegeOrAbove, int teachersBachelorOrAbove, int backboneTeachers,
                           int peArtsTeachers, int intermediateTitleTeachers, @Nullable Integer leftBehindStudents,
                           @Nullable Integer migrantStudents, @Nullable Integer disabledStudents,
                           @Nullable Instant countedAt) {

    static RosterCounts of(@Nullable SchoolStaffing s, Instant now) {
        if (s == null) {
            return new RosterCounts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, now);
        }
        return new RosterCounts((int) s.studentsInGrades(1, 6), (int) s.studentsInGrades(7, 9),
                (int) s.studentsInGrades(1, 12), (int) s.fullTimeTeachers(),
                (int) s.teachersQualifiedAtLeast(Qualification.JUNIOR_COLLEGE),
                (int) s.teachersQualifiedAtLeast(Qualification.BACHELOR), (int) s.countyOrAboveBackboneTeachers(),
                (int) s.specialists(Specialist.PE, Specialist.MUSIC, Specialist.FINE_ART),
                (int) s.teachersTitledAtLeast(ProfessionalTitle.FIRST), (int) s.leftBehindStudents(),
                (int) s.migrantStudents(), (int) s.disabledStudents(), now);
    }
}
