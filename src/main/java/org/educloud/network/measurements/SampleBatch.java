package org.educloud.network.measurements;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A batch of samples as a probe sends it: when it was sent (by the probe's clock), the probe's heartbeat interval,
 * and heartbeats and measurements in the order of their sequence numbers (one counter per probe for both kinds).
 */
record SampleBatch(@Nullable Instant sentAt, @Nullable Integer heartbeatSeconds, @Nullable String probeVersion,
                   @Nullable List<Sample> samples) {

    enum Kind { HEARTBEAT, MEASUREMENT }

    /**
     * One sample. A measurement carries what the probe could measure: loss always (1 when nothing answered), the
     * others when the platform answered at all.
     */
    record Sample(@Nullable Long sequence, @Nullable Kind kind, @Nullable Instant at, @Nullable Double latencyMs,
                  @Nullable Double downloadMbps, @Nullable Double uploadMbps, @Nullable Double dnsMs,
                  @Nullable Double loss) {
    }

    /** What the platform did with a batch: the probe deletes everything up to lastSequence from its queue. */
    record Receipt(int accepted, int duplicates, int stale, int ruled, long lastSequence) {
    }
}
