/**
 * Fault tickets: a teacher or school admin reports a network, device or platform fault with photos from a phone;
 * school IT handles it or escalates it to district operations, who assign an outside vendor; priorities carry
 * response and resolution timers, a scheduled job escalates and marks tickets whose timer ran out, and the reporter
 * confirms, reopens or rates the fix. The state machine is the named rule set {@link
 * org.educloud.maintenance.tickets.TicketRules}; outages of the network module open tickets by themselves.
 */
@org.jspecify.annotations.NullMarked
package org.educloud.maintenance.tickets;
