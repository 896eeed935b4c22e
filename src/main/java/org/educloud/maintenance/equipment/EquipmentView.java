package org.educloud.maintenance.equipment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.educloud.maintenance.EquipmentKind;
import org.educloud.maintenance.EquipmentStatus;
import org.educloud.maintenance.EquipmentSummary;
import org.educloud.shared.OrgId;
import org.educloud.shared.OrgPath;
import org.jspecify.annotations.Nullable;

/** One device as the inventory's pages show it. */
public record EquipmentView(long id, OrgId school, OrgPath schoolPath, @Nullable String room, EquipmentKind kind,
                            String model, String serial, @Nullable LocalDate purchasedOn,
                            @Nullable BigDecimal purchaseValue, @Nullable LocalDate warrantyUntil,
                            EquipmentStatus status, Instant updatedAt, int version) {

    EquipmentSummary summary() {
        return new EquipmentSummary(id, school, schoolPath, room, kind, model, serial, status, warrantyUntil);
    }

    public boolean underWarranty(LocalDate day) {
        return summary().underWarranty(day);
    }
}
