package org.educloud.maintenance.equipment;

import java.util.List;
import org.educloud.shared.tabular.ImportProblem;

/**
 * What an inventory file did: every row saved (devices recorded, devices already known by their serial number
 * described anew), or nothing saved and every problem listed by row and column.
 */
public record EquipmentImport(boolean applied, int recorded, int updated, List<ImportProblem> problems) {

    public EquipmentImport {
        problems = List.copyOf(problems);
    }

    static EquipmentImport refused(List<ImportProblem> problems) {
        return new EquipmentImport(false, 0, 0, problems);
    }
}
