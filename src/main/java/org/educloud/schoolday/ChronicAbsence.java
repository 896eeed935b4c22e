package org.educloud.schoolday;

import org.educloud.roster.ClassId;
import org.educloud.roster.StudentId;

/**
 * A student who missed more than a share of the school days on which their attendance was recorded: a day is missed
 * when every mark of it says absent or on leave.
 */
public record ChronicAbsence(StudentId student, ClassId schoolClass, int daysRecorded, int daysMissed) {

    public double share() {
        return daysRecorded == 0 ? 0 : (double) daysMissed / daysRecorded;
    }
}
