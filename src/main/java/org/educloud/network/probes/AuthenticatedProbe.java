package org.educloud.network.probes;

import org.educloud.shared.OrgId;
import org.educloud.shared.OrgPath;

/** The probe a request's credential belongs to: the principal of every authenticated probe API call. */
public record AuthenticatedProbe(long id, OrgId school, OrgPath schoolPath) {
}
