package org.educloud.schoolday.timetables;

import org.jspecify.annotations.Nullable;

/** A weekly lesson as a form or an import row gives it; a blank subject clears the period. */
@org.springframework.modulith.NamedInterface("timetables")
public record LessonDraft(int weekday, int position, String subject, @Nullable Long teacherId, @Nullable String room) {
}
