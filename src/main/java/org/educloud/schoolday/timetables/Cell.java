package org.educloud.schoolday.timetables;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What one period holds on a timetable: the weekly lesson, or the change for that date with the original it replaced
 * (kept so that everyone sees what was moved). {@code rowId} is the weekly lesson's id, or the change's when {@code change} is set. {@code className} is set in a teacher's week, where classes differ.
 */
@org.springframework.modulith.NamedInterface("timetables")
public record Cell(long classId, String className, int weekday, int position, @Nullable LocalDate date,
                   @Nullable String subject, @Nullable Long teacherId, @Nullable String teacherName,
                   @Nullable String room, @Nullable ChangeKind change, @Nullable String original,
                   @Nullable String note, long rowId) {

    public boolean cancelled() {
        return change == ChangeKind.CANCELLED;
    }

    /** Subject, teacher and room as one line, as the change record keeps the original. */
    public String summary() {
        StringBuilder text = new StringBuilder(subject == null ? "" : subject);
        if (teacherName != null && !teacherName.isBlank()) {
            text.append(" · ").append(teacherName);
        }
        if (room != null && !room.isBlank()) {
            text.append(" · ").append(room);
        }
        return text.toString();
    }
}
