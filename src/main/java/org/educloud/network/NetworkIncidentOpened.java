package org.educloud.network;

import java.time.Instant;
import org.educloud.shared.OrgId;
import org.educloud.shared.OrgPath;

/** A school's line went down or fell far below its contract: an incident opened at {@code since}. */
public record NetworkIncidentOpened(long incidentId, OrgId school, OrgPath schoolPath, String schoolName,
                                    IncidentKind kind, Instant since) {
}
