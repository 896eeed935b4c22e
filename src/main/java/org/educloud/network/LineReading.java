package org.educloud.network;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One hour of a school's line as the roll-ups keep it: heartbeats and measurements received in the hour and the
 * measurements' means (null when nothing was measured). For loading history the probe did not send itself (a
 * migration from another monitoring system, the demo).
 */
public record LineReading(Instant hour, int heartbeats, int measurements, @Nullable Double latencyMs,
                          @Nullable Double downloadMbps, @Nullable Double uploadMbps, @Nullable Double dnsMs,
                          @Nullable Double loss) {
}
