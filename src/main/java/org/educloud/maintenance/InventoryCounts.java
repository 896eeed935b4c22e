package org.educloud.maintenance;

import java.util.Map;

/**
 * What a school's inventory holds in use: devices by kind, and the rooms with an interactive display or a
 * projector in use (the rooms the school-condition survey calls network multimedia classrooms).
 */
public record InventoryCounts(Map<EquipmentKind, Integer> inUseByKind, int multimediaRooms, int inRepair,
                              int retired) {

    public InventoryCounts {
        inUseByKind = Map.copyOf(inUseByKind);
    }

    public static InventoryCounts none() {
        return new InventoryCounts(Map.of(), 0, 0, 0);
    }

    public int inUse(EquipmentKind kind) {
        return inUseByKind.getOrDefault(kind, 0);
    }

    /** Computers in use, as the survey's 计算机 figure counts them. */
    public int computersInUse() {
        return inUse(EquipmentKind.COMPUTER);
    }

    public int allInUse() {
        return inUseByKind.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Whether the school has recorded any equipment at all: a suggestion from an empty inventory says nothing. */
    public boolean empty() {
        return allInUse() == 0 && inRepair == 0 && retired == 0;
    }
}
