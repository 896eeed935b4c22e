package org.educloud.network;

import java.time.Duration;
import java.time.Instant;
import org.educloud.shared.OrgId;
import org.educloud.shared.OrgPath;

/** A school's line came back: the incident opened at {@code since} closed at {@code until}. */
public record NetworkIncidentClosed(long incidentId, OrgId school, OrgPath schoolPath, String schoolName,
                                    IncidentKind kind, Instant since, Instant until) {

    public Duration duration() {
        return Duration.between(since, until);
    }
}
