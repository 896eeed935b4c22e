package org.educloud.equity;

import java.time.Instant;
import org.educloud.shared.OrgId;
import org.educloud.shared.OrgPath;
import org.jspecify.annotations.Nullable;

/**
 * One school's survey of one year, with who entered, submitted and confirmed it. {@code counts} are the roster
 * counts copied at submission, or (for a draft, or a survey not yet started, {@code id == 0}) read just now.
 */
public record SurveyView(long id, OrgId school, String schoolName, OrgPath schoolPath, String schoolYear,
                         SurveyStatus status, SurveyFigures figures, RosterCounts counts,
                         @Nullable String enteredByName, @Nullable Instant enteredAt,
                         @Nullable String submittedByName, @Nullable Instant submittedAt,
                         @Nullable String confirmedByName, @Nullable Instant confirmedAt,
                         @Nullable String returnedReason, int version) {

    public boolean started() {
        return id != 0;
    }
}
