package org.educloud.schoolday.attendance;

/**
 * One class's attendance on one day: students with a mark that day, those who missed the day (every mark absent or
 * on leave), of them those on leave, and those late or absent in some period.
 */
public record ClassDay(long classId, String className, long marked, long missed, long onLeave, long lateOrPartly) {

    /** The share of marked students who attended, in percent with one decimal. */
    public double rate() {
        return marked == 0 ? 100 : Math.round(1000.0 * (marked - missed) / marked) / 10.0;
    }
}
