package org.educloud.maintenance.equipment;

import java.util.List;
import org.educloud.maintenance.EquipmentKind;
import org.educloud.maintenance.EquipmentStatus;
import org.jspecify.annotations.Nullable;

/** What an inventory list narrows to; every part optional. Text matches the model, serial number or room. */
record EquipmentFilter(@Nullable Long school, @Nullable EquipmentKind kind, @Nullable EquipmentStatus status,
                       @Nullable String text) {

    String sql(List<Object> params) {
        StringBuilder sql = new StringBuilder();
        if (school != null) {
            sql.append(" AND e.school_id = ?");
            params.add(school);
        }
        if (kind != null) {
            sql.append(" AND e.kind = ?");
            params.add(kind.name());
        }
        if (status != null) {
            sql.append(" AND e.status = ?");
            params.add(status.name());
        }
        if (text != null && !text.isBlank()) {
            String like = "%" + text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            sql.append(" AND (e.model ILIKE ? ESCAPE '\\' OR e.serial ILIKE ? ESCAPE '\\' OR e.room ILIKE ? ESCAPE '\\')");
            params.add(like);
            params.add(like);
            params.add(like);
        }
        return sql.toString();
    }
}
