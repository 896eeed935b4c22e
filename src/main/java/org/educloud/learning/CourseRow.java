package org.educloud.learning;

import java.time.Instant;
import org.educloud.library.Subject;
import org.educloud.shared.OrgId;
import org.educloud.shared.OrgPath;
import org.jspecify.annotations.Nullable;

/** A course as stored. */
record CourseRow(long id, OrgId schoolId, OrgPath schoolPath, long ownerAccount, String ownerName, String title,
                 String description, @Nullable Subject subject, @Nullable Integer grade, CourseStatus status,
                 CourseSharing sharing, OrgPath sharePath, Instant updatedAt) {

    boolean published() {
        return status == CourseStatus.PUBLISHED;
    }

    /** Whether teachers of a school at this path may find and attach the course. */
    boolean sharedWith(OrgPath school) {
        return published() && sharing != CourseSharing.OWN_CLASSES && sharePath.contains(school);
    }
}
