package org.educloud.maintenance.tickets;

/** What kind of fault a ticket is about. */
@org.springframework.modulith.NamedInterface("tickets")
public enum TicketKind {
    NETWORK, DEVICE, PLATFORM
}
