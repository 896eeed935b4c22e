package org.educloud.network;

import java.util.Optional;
import org.educloud.shared.OrgId;
import org.educloud.shared.Scope;

/**
 * Each school's declared connectivity, kept in versions: recording a change closes the current version and opens a
 * new one, so the old values and who changed them stay readable. Only admins of the school or of a bureau above it
 * record; anyone else is told the school does not exist.
 */
public interface ConnectivityRegistry {

    /** The school's current declaration, if it made one; for its admins and the operations staff serving it. */
    Optional<ConnectivityView> current(Scope scope, OrgId school);

    /**
     * Records a declaration as the school's new current version (nothing changes when it equals the current one).
     *
     * @param expectedVersion the version the person saw, or null when they saw none: another change since then is
     *                        refused as a conflict rather than overwritten
     */
    ConnectivityView record(Scope scope, OrgId school, ConnectivityDraft draft, ChangeSource source,
                            @org.jspecify.annotations.Nullable Long expectedVersion);
}
