package org.educloud.network.dashboard;

import org.educloud.network.ConnectivityView;
import org.educloud.shared.OrgId;
import org.educloud.shared.OrgPath;
import org.educloud.tenancy.Locality;
import org.jspecify.annotations.Nullable;

/** One active school as the dashboard counts it: where it is, its enrolled students, and its current declaration. */
public record SchoolLine(OrgId school, String name, OrgPath path, @Nullable Locality locality, long students,
                         @Nullable ConnectivityView connectivity) {

    boolean declared() {
        return connectivity != null;
    }

    /** Contracted downstream Mbit/s; 0 for a school without access. */
    int downMbps() {
        return connectivity == null || connectivity.contractedDownMbps() == null
                || !connectivity.accessType().connected() ? 0 : connectivity.contractedDownMbps();
    }
}
