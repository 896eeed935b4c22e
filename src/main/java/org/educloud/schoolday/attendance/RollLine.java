package org.educloud.schoolday.attendance;

import org.jspecify.annotations.Nullable;

/** One student in a roll: their mark and its reason, and whether an approved leave request explains an absence. */
public record RollLine(long studentId, String name, Mark mark, @Nullable String reason, boolean onApprovedLeave) {
}
