package org.educloud.integration.webhooks;

import org.jspecify.annotations.Nullable;

/**
 * Which audited actions are webhook events. Roster changes, a resource's publication and a survey's confirmation
 * carry no event of their own, but each is audited with its org node and a stable action name, which is all a
 * subscriber needs to hear of it. Public, as the listener's condition calls it before any publication is stored.
 */
public final class AuditedChanges {

    private AuditedChanges() {
    }

    public static boolean wanted(String action) {
        return kindOf(action) != null;
    }

    static @Nullable EventKind kindOf(String action) {
        if (action.equals("library.resource.published")) {
            return EventKind.RESOURCE_PUBLISHED;
        }
        if (action.equals("equity.survey.confirmed")) {
            return EventKind.SURVEY_CONFIRMED;
        }
        boolean rosterChange = action.startsWith("roster.student.") || action.startsWith("roster.staff.")
                || action.startsWith("roster.guardian.") || action.startsWith("roster.class.")
                || action.startsWith("roster.import.") || action.equals("roster.promoted");
        return rosterChange ? EventKind.ROSTER_CHANGED : null;
    }
}
