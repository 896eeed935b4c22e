package org.educloud.equity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.educloud.roster.ProfessionalTitle;
import org.educloud.roster.Qualification;
import org.educloud.roster.SchoolStaffing;
import org.educloud.roster.Specialist;
import org.educloud.tenancy.Stage;
import org.jspecify.annotations.Nullable;

/**
 * The counts a survey takes from the roster, with the derivation the page shows beside them: enrolled students by
 * stage (grades 1–6 primary, 7–9 junior, all grades), and the school's employed full-time teachers (专任教师) —
 * above the required qualification (primary: junior college or higher, since the requirement is secondary normal
 * school; junior secondary: bachelor or higher, the requirement being junior college), backbone teachers at
 * county level or above, PE, music and fine-art specialists, and those with a first-grade (intermediate) title or
 * higher.
 * <p>
 * Every enrolled student counts (DOMAIN §2: P_i = enrolled students), also one placed in no homeroom class: such a
 * student is in the school's total, and in a stage's count as decided on the school's <em>compulsory</em> stages
 * (primary, junior; a 完全中学 of junior and senior has one): with one, all of them count in it; in a school of both
 * they are shared out in proportion to the students placed in each stage (the rest of a rounding going to junior).
 * When a school of both has nobody placed there is nothing to share by: no stage counts them, and
 * {@link #unapportioned()} says so, for the survey and the report to tell rather than drop the school silently.
 *
 * @param leftBehindStudents      left-behind students (with migrant and disabled ones: null in surveys submitted
 *                                before these were counted)
 * @param countedAt               when the roster was read: at submission for a submitted survey, now for a draft's
 *                                preview
 * @param studentsWithoutHomeroom enrolled students in no homeroom class, included above (null in surveys submitted
 *                                before they were counted)
 * @param employedStaff           all employed staff, teachers or not (null in surveys submitted before it was kept)
 */
public record RosterCounts(int primaryStudents, int juniorStudents, int allStudents, int fullTimeTeachers,
                           int teachersCollegeOrAbove, int teachersBachelorOrAbove, int backboneTeachers,
                           int peArtsTeachers, int intermediateTitleTeachers, @Nullable Integer leftBehindStudents,
                           @Nullable Integer migrantStudents, @Nullable Integer disabledStudents,
                           @Nullable Instant countedAt, @Nullable Integer studentsWithoutHomeroom,
                           @Nullable Integer employedStaff) {

    /** Staff below which "every one a full-time teacher" is no warning: small schools often have no one else. */
    static final int FEWEST_STAFF_CHECKED = 10;

    public static RosterCounts of(@Nullable SchoolStaffing s, Set<Stage> stages, Instant now) {
        if (s == null) {
            return new RosterCounts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, now, 0, 0);
        }
        int unplaced = (int) s.studentsWithoutHomeroom();
        int primary = (int) s.studentsInGrades(1, 6);
        int junior = (int) s.studentsInGrades(7, 9);
        int toPrimary = primaryShare(unplaced, primary, junior, stages);
        boolean nothingToShareBy = stages.contains(Stage.PRIMARY) && primary + junior == 0;
        int toJunior = stages.contains(Stage.JUNIOR) && !nothingToShareBy ? unplaced - toPrimary : 0;
        return new RosterCounts(primary + toPrimary, junior + toJunior,
                (int) s.enrolledStudents(), (int) s.fullTimeTeachers(),
                (int) s.teachersQualifiedAtLeast(Qualification.JUNIOR_COLLEGE),
                (int) s.teachersQualifiedAtLeast(Qualification.BACHELOR), (int) s.countyOrAboveBackboneTeachers(),
                (int) s.specialists(Specialist.PE, Specialist.MUSIC, Specialist.FINE_ART),
                (int) s.teachersTitledAtLeast(ProfessionalTitle.FIRST), (int) s.leftBehindStudents(),
                (int) s.migrantStudents(), (int) s.disabledStudents(), now, unplaced, (int) s.employedStaff());
    }

    /**
     * The unplaced students a school's primary stage counts: all of them in a school whose only compulsory stage is
     * primary, none when primary is not one of its stages, and in a school of both its placed students' primary
     * share (rounded; none when nobody is placed, since nothing tells their stage).
     */
    static int primaryShare(int unplaced, int placedPrimary, int placedJunior, Set<Stage> stages) {
        if (!stages.contains(Stage.PRIMARY) || unplaced == 0) {
            return 0;
        }
        if (!stages.contains(Stage.JUNIOR)) {
            return unplaced;
        }
        int placed = placedPrimary + placedJunior;
        return placed == 0 ? 0 : (int) Math.round((double) unplaced * placedPrimary / placed);
    }

    /**
     * Whether some enrolled students are in no compulsory stage's count because nothing tells their stage: a school
     * of both compulsory stages with students enrolled but none placed in a homeroom class of grades 1–9.
     */
    public boolean unapportioned() {
        return studentsWithoutHomeroom != null && studentsWithoutHomeroom > 0 && primaryStudents + juniorStudents == 0;
    }

    /**
     * What the staff records seem to lack for the indicators (message keys {@code equity.survey.attributes.*}): no
     * backbone teacher at all, no PE or arts specialist at all, or every employed staff member a full-time teacher
     * (aides, administrators and support staff recorded as teachers; only from {@link #FEWEST_STAFF_CHECKED} staff up, as
 * a teaching point's few staff really are all teachers). A school with no teacher gets none of these.
     */
    public List<String> staffAttributeWarnings() {
        List<String> warnings = new ArrayList<>();
        if (fullTimeTeachers == 0) {
            return warnings;
        }
        if (backboneTeachers == 0) {
            warnings.add("equity.survey.attributes.noBackbone");
        }
        if (peArtsTeachers == 0) {
            warnings.add("equity.survey.attributes.noSpecialists");
        }
        // a teaching point or small school whose few staff all teach is usual: only a larger one is suspicious
        if (employedStaff != null && employedStaff == fullTimeTeachers && employedStaff >= FEWEST_STAFF_CHECKED) {
            warnings.add("equity.survey.attributes.allFullTime");
        }
        return warnings;
    }
}
