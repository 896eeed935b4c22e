package org.educloud.network;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An incident of a school's line from history: open when {@code until} is null. */
public record PastIncident(IncidentKind kind, Instant since, @Nullable Instant until,
                           @Nullable Double measuredDownMbps, @Nullable Integer contractedDownMbps) {
}
