package org.educloud.integration.lti.grades;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** A score as AGS posts it (application/vnd.ims.lis.v1.score+json). */
record ScoreBody(@Nullable String userId, @Nullable BigDecimal scoreGiven, @Nullable BigDecimal scoreMaximum,
                 @Nullable String comment, @Nullable String timestamp, @Nullable String activityProgress,
                 @Nullable String gradingProgress) {
}
