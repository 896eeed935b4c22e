package org.educloud.maintenance.equipment;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.educloud.maintenance.EquipmentKind;
import org.jspecify.annotations.Nullable;

/** A device's description once read and checked, from the form or a spreadsheet row alike. */
record EquipmentDraft(@Nullable String room, EquipmentKind kind, String model, String serial,
                      @Nullable LocalDate purchasedOn, @Nullable BigDecimal purchaseValue,
                      @Nullable LocalDate warrantyUntil) {
}
