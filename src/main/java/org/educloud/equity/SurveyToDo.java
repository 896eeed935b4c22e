package org.educloud.equity;

import org.educloud.shared.OrgId;
import org.jspecify.annotations.Nullable;

/**
 * A school-condition survey of the current school year that waits for the caller: a school admin's survey to fill in
 * and submit ({@code status} null when not started, DRAFT or RETURNED), or a bureau admin's submitted survey to
 * confirm or send back (SUBMITTED).
 */
public record SurveyToDo(OrgId school, String schoolName, String schoolYear, @Nullable SurveyStatus status) {

    /** Whether the caller's part is confirming (a bureau's), rather than filling in and submitting (a school's). */
    public boolean toConfirm() {
        return status == SurveyStatus.SUBMITTED;
    }
}
