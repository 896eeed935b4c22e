package org.educloud.schoolday.timetables;

/** What a period of the bell schedule is for; only {@link #LESSON} periods hold lessons and rolls per period. */
@org.springframework.modulith.NamedInterface("timetables")
public enum PeriodKind {
    LESSON, MORNING_READING, BREAK, LUNCH, SELF_STUDY;

    public boolean teaching() {
        return this == LESSON;
    }
}
