package org.educloud.maintenance.tickets;

/** How urgent a fault is; each priority has its own response and resolution targets ({@link TicketProperties}). */
@org.springframework.modulith.NamedInterface("tickets")
public enum TicketPriority {
    /** A whole school or its platform access is down. */
    CRITICAL,
    /** Teaching in several rooms is held up. */
    HIGH,
    NORMAL,
    LOW
}
