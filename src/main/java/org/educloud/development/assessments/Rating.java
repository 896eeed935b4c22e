package org.educloud.development.assessments;

import org.jspecify.annotations.Nullable;

/** A teacher's level on one indicator, their optional note, and the leader's level once reviewed. */
public record Rating(int level, @Nullable String note, @Nullable Integer leaderLevel) {
}
