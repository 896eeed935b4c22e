package org.educloud.maintenance;

/**
 * Where a device is in its life: in use, away for repair, or retired (written off, kept in the inventory for the
 * record and never counted again).
 */
public enum EquipmentStatus {
    IN_USE,
    IN_REPAIR,
    RETIRED;

    /** Whether a device may move from this status to another: a retired device stays retired. */
    public boolean mayBecome(EquipmentStatus next) {
        return this != RETIRED && next != this;
    }
}
