package org.educloud.maintenance;

/** What a piece of a school's equipment is, as the inventory and the fault tickets name it. */
public enum EquipmentKind {
    /** A teaching terminal (教学终端): a tablet or thin client students or teachers use in class. */
    TERMINAL,
    /** An interactive display (交互式一体机 / 电子白板) at the front of a classroom. */
    INTERACTIVE_DISPLAY,
    PROJECTOR,
    /** A desktop or laptop computer. */
    COMPUTER,
    /** Switches, routers, access points, firewalls. */
    NETWORK_GEAR,
    SERVER,
    OTHER
}
