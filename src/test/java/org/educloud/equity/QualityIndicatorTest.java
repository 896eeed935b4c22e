package org.educloud.equity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.educloud.equity.balance.SchoolFigures;
import org.educloud.tenancy.Stage;
import org.junit.jupiter.api.Test;

/** The seven quality indicators as DOMAIN §2 defines them: per hundred students or per student, of all students. */
class QualityIndicatorTest {

    /** 200 students; 12 teachers with a college degree, 8 of them with a bachelor's; 3 backbone, 2 PE/arts. */
    private static final RosterCounts COUNTS = new RosterCounts(150, 50, 200, 14, 12, 8, 3, 2, 0, null, null, null,
            null, null, null);
    private static final SchoolFigures SCHOOL = new SchoolFigures(1000, 1600, 500_000, 5, 40, 6000, COUNTS);

    @Test
    void teachersAreCountedPerHundredStudentsWithTheDegreeTheStageAsksFor() {
        assertThat(QualityIndicator.QUALIFIED_TEACHERS.value(SCHOOL, Stage.PRIMARY)).isCloseTo(6.0, within(1e-9));
        assertThat(QualityIndicator.QUALIFIED_TEACHERS.value(SCHOOL, Stage.JUNIOR)).isCloseTo(4.0, within(1e-9));
        assertThat(QualityIndicator.BACKBONE_TEACHERS.value(SCHOOL, Stage.PRIMARY)).isCloseTo(1.5, within(1e-9));
        assertThat(QualityIndicator.PE_ARTS_TEACHERS.value(SCHOOL, Stage.PRIMARY)).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void areasAndEquipmentArePerStudentAndClassroomsPerHundredStudents() {
        assertThat(QualityIndicator.TEACHING_AREA.value(SCHOOL, Stage.PRIMARY)).isCloseTo(5.0, within(1e-9));
        assertThat(QualityIndicator.SPORTS_AREA.value(SCHOOL, Stage.PRIMARY)).isCloseTo(8.0, within(1e-9));
        assertThat(QualityIndicator.EQUIPMENT_VALUE.value(SCHOOL, Stage.PRIMARY)).isCloseTo(2500.0, within(1e-9));
        assertThat(QualityIndicator.MULTIMEDIA_CLASSROOMS.value(SCHOOL, Stage.PRIMARY)).isCloseTo(2.5, within(1e-9));
    }

    @Test
    void aJuniorSchoolMustReachTheHigherMinimumsAndTheTighterCoefficient() {
        assertThat(QualityIndicator.TEACHING_AREA.minimum(Stage.PRIMARY)).isEqualTo(4.5);
        assertThat(QualityIndicator.TEACHING_AREA.minimum(Stage.JUNIOR)).isEqualTo(5.8);
        assertThat(QualityIndicator.maximumCoefficient(Stage.PRIMARY)).isEqualTo(0.50);
        assertThat(QualityIndicator.maximumCoefficient(Stage.JUNIOR)).isEqualTo(0.45);
    }
}
