package org.educloud.maintenance;

import org.educloud.shared.OrgId;
import org.educloud.shared.Scope;
import org.jspecify.annotations.Nullable;

/**
 * Recording equipment from elsewhere in the installation (the demo data), under the same rules as the inventory's
 * own form: the caller must keep the school's equipment, the description must be well-formed, the serial number
 * free in the school.
 */
public interface EquipmentRegister {

    /** Records a device in use; returns its id. */
    long record(Scope scope, OrgId school, NewEquipment device);

    /** Moves a device on in its life (to repair, back in use, retired), the reason kept in its history. */
    void changeStatus(Scope scope, long id, EquipmentStatus next, @Nullable String note);
}
