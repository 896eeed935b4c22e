package org.educloud.schoolday.timetables;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A change for one date and period: who teaches instead (代课), what is moved here (调课), or that none is held. */
@org.springframework.modulith.NamedInterface("timetables")
public record ChangeDraft(LocalDate date, int position, ChangeKind kind, @Nullable String subject,
                          @Nullable Long teacherId, @Nullable String room, @Nullable String note) {
}
