package org.educloud.maintenance;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import org.educloud.shared.OrgId;
import org.educloud.shared.OrgPath;
import org.educloud.shared.Scope;

/**
 * The equipment inventory as other slices and modules ask it: a device by id within the caller's reach (a ticket
 * being opened about it), devices by id unscoped (a ticket already holding the reference), and counts per school
 * (the school-condition survey shows them beside the school's declared figures).
 */
public interface EquipmentDirectory {

    /**
     * A device the caller may see: one of a school where they work (school admins, teachers) or whose bureau they
     * serve (district and region admins, operations staff). Empty for anything else, vendors included.
     */
    Optional<EquipmentSummary> find(Scope scope, long id);

    /** Devices by id, unscoped: for pages showing references the caller already holds. */
    Map<Long, EquipmentSummary> byIds(Collection<Long> ids);

    /** What one school's inventory holds, unscoped: the caller has already resolved the school. */
    InventoryCounts countsOf(OrgId school);

    /** What each school below a node holds, unscoped (schools without equipment are left out). */
    Map<OrgId, InventoryCounts> countsUnder(OrgPath path);
}
