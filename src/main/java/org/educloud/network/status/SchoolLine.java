package org.educloud.network.status;

import java.time.Instant;
import org.educloud.tenancy.Locality;
import org.jspecify.annotations.Nullable;

/** One tile of the status wall. */
record SchoolLine(long schoolId, String name, @Nullable Locality locality, LineStatus status,
                  @Nullable Instant lastHeard, @Nullable Instant since) {
}
