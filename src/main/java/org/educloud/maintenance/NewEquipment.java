package org.educloud.maintenance;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A device to record, as another part of the installation (the demo) describes it. */
public record NewEquipment(@Nullable String room, EquipmentKind kind, String model, String serial,
                           @Nullable LocalDate purchasedOn, @Nullable BigDecimal purchaseValue,
                           @Nullable LocalDate warrantyUntil) {
}
