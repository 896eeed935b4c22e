package org.educloud.equity.balance;

import org.educloud.equity.RosterCounts;
import org.educloud.equity.SurveyFigures;


/**
 * One school's confirmed survey as amounts, ready for the indicators: what it reported and what the roster
 * counted at submission. Ratios are made here, per all of the school's students, because areas, equipment and
 * teachers serve every grade of a combined school.
 */
public record SchoolFigures(double teachingArea, double sportsArea, double equipmentValue, int multimediaClassrooms,
                     int computers, int libraryBooks, RosterCounts counts) {

    public static SchoolFigures of(SurveyFigures f, RosterCounts counts) {
        return new SchoolFigures(f.teachingArea().doubleValue(), f.sportsArea().doubleValue(),
                f.equipmentValue().doubleValue(), f.multimediaClassrooms(), f.computers(), f.libraryBooks(), counts);
    }

    public double perStudent(double amount) {
        return amount / counts.allStudents();
    }

    public double perHundredStudents(double count) {
        return 100 * count / counts.allStudents();
    }
}
