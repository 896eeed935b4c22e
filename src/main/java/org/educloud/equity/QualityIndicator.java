package org.educloud.equity;

import org.educloud.equity.balance.SchoolFigures;
import org.educloud.tenancy.Stage;

/**
 * The seven resource indicators of the 2017 quality-balance method (教督〔2017〕6号), with each stage's
 * minimum per school. "Above the required qualification" differs by stage: junior college or higher for primary,
 * bachelor or higher for junior secondary.
 */
public enum QualityIndicator {
    QUALIFIED_TEACHERS(4.2, 5.3),
    BACKBONE_TEACHERS(1.0, 1.0),
    PE_ARTS_TEACHERS(0.9, 0.9),
    TEACHING_AREA(4.5, 5.8),
    SPORTS_AREA(7.5, 10.2),
    EQUIPMENT_VALUE(2000, 2500),
    MULTIMEDIA_CLASSROOMS(2.3, 2.4);

    /** The share of its minimum the one indicator a complying school may miss must still reach. */
    static final double NEAR_MISS = 0.85;

    private final double primaryMinimum;
    private final double juniorMinimum;

    QualityIndicator(double primaryMinimum, double juniorMinimum) {
        this.primaryMinimum = primaryMinimum;
        this.juniorMinimum = juniorMinimum;
    }

    public double minimum(Stage stage) {
        return stage == Stage.JUNIOR ? juniorMinimum : primaryMinimum;
    }

    /** Each county difference coefficient must not exceed this. */
    public static double maximumCoefficient(Stage stage) {
        return stage == Stage.JUNIOR ? 0.45 : 0.50;
    }

    double value(SchoolFigures s, Stage stage) {
        RosterCounts c = s.counts();
        return switch (this) {
            case QUALIFIED_TEACHERS -> s.perHundredStudents(stage == Stage.JUNIOR ? c.teachersBachelorOrAbove()
                    : c.teachersCollegeOrAbove());
            case BACKBONE_TEACHERS -> s.perHundredStudents(c.backboneTeachers());
            case PE_ARTS_TEACHERS -> s.perHundredStudents(c.peArtsTeachers());
            case TEACHING_AREA -> s.perStudent(s.teachingArea());
            case SPORTS_AREA -> s.perStudent(s.sportsArea());
            case EQUIPMENT_VALUE -> s.perStudent(s.equipmentValue());
            case MULTIMEDIA_CLASSROOMS -> s.perHundredStudents(s.multimediaClassrooms());
        };
    }
}
