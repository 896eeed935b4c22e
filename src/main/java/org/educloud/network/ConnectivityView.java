package org.educloud.network;

import java.time.Instant;
import org.educloud.shared.OrgId;
import org.jspecify.annotations.Nullable;

/**
 * One version of a school's connectivity: what was declared, from when until when ({@code validTo} null for the
 * current one), by whom and through which way in.
 */
public record ConnectivityView(long version, OrgId school, AccessType accessType, @Nullable String provider,
                               @Nullable Integer contractedDownMbps, @Nullable Integer contractedUpMbps,
                               boolean wiredCoverage, boolean wirelessCoverage, @Nullable Integer classrooms,
                               @Nullable Integer multimediaClassrooms, @Nullable Integer teachingTerminals,
                               Instant validFrom, @Nullable Instant validTo, String changedByName,
                               ChangeSource source) {

    public ConnectivityDraft draft() {
        return new ConnectivityDraft(accessType, provider, contractedDownMbps, contractedUpMbps, wiredCoverage,
                wirelessCoverage, classrooms, multimediaClassrooms, teachingTerminals);
    }
}
