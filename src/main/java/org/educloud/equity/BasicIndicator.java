package org.educloud.equity;

import org.educloud.equity.balance.SchoolFigures;
import org.educloud.tenancy.Stage;

/**
 * The eight indicators of the 2012 basic-balance method (教督〔2012〕3号). Counts of people and computers are
 * taken per hundred students for readability; a coefficient of variation does not change with the scale.
 */
public enum BasicIndicator {
    TEACHING_AREA, SPORTS_AREA, EQUIPMENT_VALUE, COMPUTERS, LIBRARY_BOOKS, TEACHERS, QUALIFIED_TEACHERS,
    TITLED_TEACHERS;

    /** The composite (the mean of the eight coefficients) must not exceed this. */
    public static double maximumComposite(Stage stage) {
        return stage == Stage.JUNIOR ? 0.55 : 0.65;
    }

    double value(SchoolFigures s, Stage stage) {
        RosterCounts c = s.counts();
        return switch (this) {
            case TEACHING_AREA -> s.perStudent(s.teachingArea());
            case SPORTS_AREA -> s.perStudent(s.sportsArea());
            case EQUIPMENT_VALUE -> s.perStudent(s.equipmentValue());
            case COMPUTERS -> s.perHundredStudents(s.computers());
            case LIBRARY_BOOKS -> s.perStudent(s.libraryBooks());
            case TEACHERS -> s.perHundredStudents(c.fullTimeTeachers());
            case QUALIFIED_TEACHERS -> s.perHundredStudents(stage == Stage.JUNIOR ? c.teachersBachelorOrAbove()
                    : c.teachersCollegeOrAbove());
            case TITLED_TEACHERS -> s.perHundredStudents(c.intermediateTitleTeachers());
        };
    }
}
