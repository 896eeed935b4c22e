package org.educloud.schoolday.attendance;

import org.jspecify.annotations.Nullable;

/** A mark as the form sends it for one student. */
@org.springframework.modulith.NamedInterface("attendance")
public record MarkInput(Mark mark, @Nullable String reason) {
}
