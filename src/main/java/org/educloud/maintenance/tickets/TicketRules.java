package org.educloud.maintenance.tickets;

import static org.educloud.maintenance.tickets.Party.DISTRICT;
import static org.educloud.maintenance.tickets.Party.REPORTER;
import static org.educloud.maintenance.tickets.Party.SCHOOL_IT;
import static org.educloud.maintenance.tickets.Party.SYSTEM;
import static org.educloud.maintenance.tickets.Party.VENDOR;
import static org.educloud.maintenance.tickets.TicketStatus.ASSIGNED;
import static org.educloud.maintenance.tickets.TicketStatus.CLOSED;
import static org.educloud.maintenance.tickets.TicketStatus.ESCALATED;
import static org.educloud.maintenance.tickets.TicketStatus.IN_PROGRESS;
import static org.educloud.maintenance.tickets.TicketStatus.OPEN;
import static org.educloud.maintenance.tickets.TicketStatus.REOPENED;
import static org.educloud.maintenance.tickets.TicketStatus.RESOLVED;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.educloud.shared.ForbiddenException;
import org.educloud.shared.RuleViolationException;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The ticket's state machine as named rules: for each action, from which statuses it may be taken, by whom there,
 * and where it leads. The triage runs school IT → district operations → vendor; whoever holds the ticket resolves
 * it; the school confirms or the reporter reopens. Anything not listed here is refused: by a clear rule message when
 * the status forbids it (422), as forbidden when the status allows it but not to this party (403).
 */
public final class TicketRules {

    /** One action's rule: who may take it in which status, and the status it leads to. */
    public record Rule(TicketAction action, Map<TicketStatus, Set<Party>> allowed, TicketStatus to) {

        public boolean allowsFrom(TicketStatus status) {
            return allowed.containsKey(status);
        }

        public boolean allows(TicketStatus status, Set<Party> parties) {
            Set<Party> who = allowed.get(status);
            return who != null && parties.stream().anyMatch(who::contains);
        }
    }

    /** School IT takes on a fresh or reopened fault. */
    public static final Rule ACKNOWLEDGE = rule(TicketAction.ACKNOWLEDGE, IN_PROGRESS,
            Map.of(OPEN, EnumSet.of(SCHOOL_IT), REOPENED, EnumSet.of(SCHOOL_IT)));

    /** School IT hands a fault it cannot fix to the district; the platform does so when nobody responded in time. */
    public static final Rule ESCALATE = rule(TicketAction.ESCALATE, ESCALATED,
            Map.of(OPEN, EnumSet.of(SCHOOL_IT, SYSTEM), IN_PROGRESS, EnumSet.of(SCHOOL_IT),
                    REOPENED, EnumSet.of(SCHOOL_IT, SYSTEM)));

    /** The district gives the fault to a vendor, or to another vendor; it may skip the school's triage. */
    public static final Rule ASSIGN = rule(TicketAction.ASSIGN, ASSIGNED,
            Map.of(OPEN, EnumSet.of(DISTRICT), ESCALATED, EnumSet.of(DISTRICT), ASSIGNED, EnumSet.of(DISTRICT),
                    REOPENED, EnumSet.of(DISTRICT)));

    /** Whoever holds the ticket fixes it: school IT, the district, or the assigned vendor (or the district for it). */
    public static final Rule RESOLVE = rule(TicketAction.RESOLVE, RESOLVED,
            Map.of(IN_PROGRESS, EnumSet.of(SCHOOL_IT), ESCALATED, EnumSet.of(DISTRICT),
                    ASSIGNED, EnumSet.of(VENDOR, DISTRICT)));

    /** The school (the reporter or its IT) confirms the fix. */
    public static final Rule CONFIRM = rule(TicketAction.CONFIRM, CLOSED,
            Map.of(RESOLVED, EnumSet.of(REPORTER, SCHOOL_IT)));

    /** The reporter says the fault is back, within the reopening window ({@link TicketProperties#reopenWithin()}). */
    public static final Rule REOPEN = rule(TicketAction.REOPEN, REOPENED,
            Map.of(RESOLVED, EnumSet.of(REPORTER), CLOSED, EnumSet.of(REPORTER)));

    public static final List<Rule> ALL = List.of(ACKNOWLEDGE, ESCALATE, ASSIGN, RESOLVE, CONFIRM, REOPEN);

    private TicketRules() {
    }

    public static Rule of(TicketAction action) {
        return ALL.stream().filter(r -> r.action() == action).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Not a transition: " + action));
    }

    /** Refuses the action unless the rule allows it from this status to one of these parties. */
    static void check(Rule rule, TicketStatus status, Set<Party> parties) {
        if (!rule.allowsFrom(status)) {
            // the arguments are message keys themselves, so the refusal names action and status in the reader's language
            throw new RuleViolationException("maintenance.ticket.error.transition",
                    new DefaultMessageSourceResolvable("maintenance.ticket.action." + rule.action()),
                    new DefaultMessageSourceResolvable("maintenance.ticket.status." + status));
        }
        if (!rule.allows(status, parties)) {
            throw new ForbiddenException("maintenance.ticket.error.notYourStep");
        }
    }

    /** The actions these parties may take on a ticket in this status, for the page to offer. */
    public static Set<TicketAction> offered(TicketStatus status, Set<Party> parties) {
        Set<TicketAction> offered = EnumSet.noneOf(TicketAction.class);
        ALL.stream().filter(r -> r.allows(status, parties)).forEach(r -> offered.add(r.action()));
        return offered;
    }

    private static Rule rule(TicketAction action, TicketStatus to, Map<TicketStatus, Set<Party>> allowed) {
        return new Rule(action, new EnumMap<>(allowed), to);
    }
}
