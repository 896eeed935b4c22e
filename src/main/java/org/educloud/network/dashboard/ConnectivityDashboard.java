package org.educloud.network.dashboard;

import java.util.List;
import java.util.Map;
import org.educloud.shared.OrgId;
import org.educloud.tenancy.Locality;
import org.educloud.tenancy.OrgNodeView;
import org.jspecify.annotations.Nullable;

/**
 * A bureau's connectivity at a glance: its schools' figures together, urban, town and rural side by side with the
 * parity of rural and of town schools against urban ones, and one row per district (under a region) or per school
 * (under a district) to drill down.
 */
public record ConnectivityDashboard(OrgNodeView org, ConnectivityTally overall, Map<Locality, ConnectivityTally> byLocality,
                                    Map<Measure, Parity> ruralUrban, Map<Measure, Parity> townUrban, List<Row> rows) {

    /**
     * A district (with its tally) or a school (with its tally of one and its line).
     */
    public record Row(OrgId id, String name, boolean school, @Nullable Locality locality, ConnectivityTally tally,
                      @Nullable SchoolLine line) {
    }
}
