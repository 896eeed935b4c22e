package org.educloud.maintenance.tickets;

/** What someone does to a ticket that moves it from one status to another (the rules are {@link TicketRules}). */
@org.springframework.modulith.NamedInterface("tickets")
public enum TicketAction {
    /** A fault reported (or an outage that reported itself). */
    REPORT,
    /** School IT takes it on. */
    ACKNOWLEDGE,
    /** Handed up to district operations (by school IT, or by the platform when the response timer ran out). */
    ESCALATE,
    /** District operations assign (or reassign) an outside vendor. */
    ASSIGN,
    /** Whoever handles it says it is fixed. */
    RESOLVE,
    /** The school confirms the fix. */
    CONFIRM,
    /** The reporter says the fault is back, within the reopening window. */
    REOPEN,
    /** School IT or the district changes the priority, and with it the timers. */
    PRIORITY
}
