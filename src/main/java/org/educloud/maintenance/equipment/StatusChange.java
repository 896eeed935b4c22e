package org.educloud.maintenance.equipment;

import java.time.Instant;
import org.educloud.maintenance.EquipmentStatus;
import org.jspecify.annotations.Nullable;

/** One step of a device's life: the status it took, why, when and by whom. */
public record StatusChange(EquipmentStatus status, @Nullable String note, Instant changedAt, String changedByName) {
}
