package org.educloud.learning.courses;

import java.time.Instant;
import org.educloud.learning.CourseSharing;
import org.educloud.library.Subject;
import org.educloud.shared.OrgId;
import org.educloud.shared.OrgPath;
import org.jspecify.annotations.Nullable;

/** A course as stored. */
public record CourseRow(long id, OrgId schoolId, OrgPath schoolPath, long ownerAccount, String ownerName, String title,
                 String description, @Nullable Subject subject, @Nullable Integer grade, CourseStatus status,
                 CourseSharing sharing, OrgPath sharePath, Instant updatedAt) {

    public boolean published() {
        return status == CourseStatus.PUBLISHED;
    }

    /** Whether teachers of a school at this path may find and attach the course. */
    public boolean sharedWith(OrgPath school) {
        return published() && sharing != CourseSharing.OWN_CLASSES && sharePath.contains(school);
    }
}
