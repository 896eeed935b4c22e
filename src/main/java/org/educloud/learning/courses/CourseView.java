package org.educloud.learning.courses;

import java.time.Instant;
import java.util.List;
import org.educloud.learning.CourseSharing;
import org.educloud.library.Subject;
import org.jspecify.annotations.Nullable;

/** A course as lists show it, with the classes it is attached to that the reader may know of. */
public record CourseView(long id, String title, String ownerName, @Nullable Subject subject, @Nullable Integer grade,
                         CourseStatus status, CourseSharing sharing, List<String> classNames, Instant updatedAt) {
}
