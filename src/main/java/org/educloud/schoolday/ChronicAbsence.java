package org.educloud.schoolday;

import org.educloud.roster.ClassId;
import org.educloud.roster.StudentId;

/**
 * A student who missed more than a share of the school days on which their attendance was recorded, without leave: a
 * day is missed when every mark of it says absent or on leave, and counts here unless it was leave (every mark "on
 * leave", or a leave request approved for it). {@code daysMissed} counts those unexcused days.
 */
public record ChronicAbsence(StudentId student, ClassId schoolClass, int daysRecorded, int daysMissed) {

    public double share() {
        return daysRecorded == 0 ? 0 : (double) daysMissed / daysRecorded;
    }
}
