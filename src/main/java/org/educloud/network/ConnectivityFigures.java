package org.educloud.network;

import java.util.List;
import org.educloud.shared.OrgId;
import org.educloud.shared.Scope;

/**
 * What the connectivity registry tells other modules' reports: the schools' declared bandwidth by locality under an
 * org node, for equity monitoring's digital-resource balance.
 */
public interface ConnectivityFigures {

    /**
     * Urban, town and rural (in that order, each present even without schools) under a bureau the caller
     * administers or serves as operations staff; any other node answers not found.
     */
    List<LocalityBandwidth> bandwidthByLocality(Scope scope, OrgId org);
}
