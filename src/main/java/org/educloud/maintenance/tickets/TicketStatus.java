package org.educloud.maintenance.tickets;

import java.util.EnumSet;
import java.util.Set;

/** Where a ticket stands: with the school, with the district, with a vendor, fixed, or confirmed fixed. */
@org.springframework.modulith.NamedInterface("tickets")
public enum TicketStatus {
    /** Reported, nobody has looked at it yet. */
    OPEN,
    /** School IT is handling it. */
    IN_PROGRESS,
    /** Handed to the district's operations staff. */
    ESCALATED,
    /** The district assigned an outside vendor. */
    ASSIGNED,
    /** Whoever handled it says it is fixed; the school confirms or reopens. */
    RESOLVED,
    /** The school confirmed the fix. */
    CLOSED,
    /** The reporter found the fault back after it was resolved. */
    REOPENED;

    /** Statuses in which the ticket still waits for a fix: its resolution timer runs. */
    public static final Set<TicketStatus> UNRESOLVED = EnumSet.of(OPEN, IN_PROGRESS, ESCALATED, ASSIGNED, REOPENED);

    public boolean unresolved() {
        return UNRESOLVED.contains(this);
    }
}
