package org.educloud.library;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One step of a resource's review history: who moved it from where to where, when, and why. */
public record ReviewStepView(@Nullable ReviewStatus from, ReviewStatus to, String actorName, @Nullable String comment,
                             Instant at) {
}
