package org.educloud.maintenance;

import java.time.LocalDate;
import org.educloud.shared.OrgId;
import org.educloud.shared.OrgPath;
import org.jspecify.annotations.Nullable;

/**
 * One piece of equipment as other parts of the platform refer to it (a fault ticket names the device it is about):
 * where it is, what it is, and whether it is still under warranty.
 */
public record EquipmentSummary(long id, OrgId school, OrgPath schoolPath, @Nullable String room, EquipmentKind kind,
                               String model, String serial, EquipmentStatus status, @Nullable LocalDate warrantyUntil) {

    /** Whether the vendor's warranty still covers the device on that day. */
    public boolean underWarranty(LocalDate day) {
        return warrantyUntil != null && !warrantyUntil.isBefore(day);
    }
}
