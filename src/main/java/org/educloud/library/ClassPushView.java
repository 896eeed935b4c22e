package org.educloud.library;

import java.time.Instant;
import java.time.LocalDate;
import org.educloud.roster.ClassId;
import org.jspecify.annotations.Nullable;

/** A resource pushed to a class for a lesson. */
public record ClassPushView(long id, ResourceId resourceId, String resourceTitle, ResourceType resourceType,
                            ClassId classId, String className, String teacherName, LocalDate lessonDate,
                            @Nullable String lesson, @Nullable String note, Instant pushedAt) {
}
