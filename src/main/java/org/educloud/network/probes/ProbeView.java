package org.educloud.network.probes;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A probe as the school's probe page lists it. */
record ProbeView(long id, @Nullable String hostName, @Nullable String version, Instant enrolledAt,
                 @Nullable Instant revokedAt, int heartbeatSeconds, @Nullable Instant lastReceivedAt, long samples) {

    public boolean active() {
        return revokedAt == null;
    }
}
