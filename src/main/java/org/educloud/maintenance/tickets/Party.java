package org.educloud.maintenance.tickets;

/**
 * Who someone is to one ticket: a person may be several (a teacher who also runs her small school reports and
 * handles), and no party at all means the ticket does not exist for them.
 */
@org.springframework.modulith.NamedInterface("tickets")
public enum Party {
    /** The person who reported it. */
    REPORTER,
    /** An admin of the ticket's school: its IT. */
    SCHOOL_IT,
    /** The district's operations staff and admins (and the bureaus above). */
    DISTRICT,
    /** An account of the vendor company the ticket is assigned to. */
    VENDOR,
    /** The platform itself: outage monitoring and the SLA timers. */
    SYSTEM
}
