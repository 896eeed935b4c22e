package org.educloud.maintenance.tickets;

import java.time.Instant;
import java.util.Set;
import org.educloud.shared.ForbiddenException;
import org.educloud.shared.OrgPath;
import org.educloud.shared.RuleViolationException;
import org.jspecify.annotations.Nullable;

/**
 * One fault ticket and its rules: every change of status goes through {@link #take}, which asks {@link TicketRules}
 * whether the caller's parties may take that step from the current status, keeps the SLA timers and answers the
 * transition to record. Loaded under its row lock, changed here, written back by {@link TicketStore}.
 */
final class Ticket {

    /** A change of status to write into the history. */
    record Transition(TicketAction action, @Nullable TicketStatus from, TicketStatus to, @Nullable String note) {
    }

    private final long id;
    private final long schoolId;
    private final OrgPath schoolPath;
    private final long reporterId;
    private final Instant reportedAt;
    private TicketPriority priority;
    private TicketStatus status;
    private @Nullable Long vendorId;
    private Instant respondBy;
    private Instant resolveBy;
    private @Nullable Instant respondedAt;
    private @Nullable Instant resolvedAt;
    private @Nullable Instant closedAt;
    private boolean responseBreached;
    private boolean resolutionBreached;
    private @Nullable Integer rating;
    private @Nullable String ratingComment;

    Ticket(long id, long schoolId, OrgPath schoolPath, long reporterId, Instant reportedAt, TicketPriority priority,
           TicketStatus status, @Nullable Long vendorId, Instant respondBy, Instant resolveBy,
           @Nullable Instant respondedAt, @Nullable Instant resolvedAt, @Nullable Instant closedAt,
           boolean responseBreached, boolean resolutionBreached, @Nullable Integer rating,
           @Nullable String ratingComment) {
        this.id = id;
        this.schoolId = schoolId;
        this.schoolPath = schoolPath;
        this.reporterId = reporterId;
        this.reportedAt = reportedAt;
        this.priority = priority;
        this.status = status;
        this.vendorId = vendorId;
        this.respondBy = respondBy;
        this.resolveBy = resolveBy;
        this.respondedAt = respondedAt;
        this.resolvedAt = resolvedAt;
        this.closedAt = closedAt;
        this.responseBreached = responseBreached;
        this.resolutionBreached = resolutionBreached;
        this.rating = rating;
        this.ratingComment = ratingComment;
    }

    /**
     * Takes one step of the state machine. Assigning needs the vendor; resolving needs a note of what was done;
     * reopening is the reporter's within the window after resolution. A person's first step counts as the response.
     */
    Transition take(TicketAction action, Set<Party> parties, @Nullable Long vendor, @Nullable String note,
                    Instant now, TicketProperties sla) {
        TicketRules.Rule rule = TicketRules.of(action);
        TicketRules.check(rule, status, parties);
        String cleanNote = note == null || note.isBlank() ? null : note.strip();
        switch (action) {
            case ASSIGN -> {
                if (vendor == null) {
                    throw new RuleViolationException("maintenance.ticket.error.vendorRequired");
                }
                vendorId = vendor;
            }
            case RESOLVE -> {
                if (cleanNote == null) {
                    throw new RuleViolationException("maintenance.ticket.error.resolutionNoteRequired");
                }
                resolvedAt = now;
            }
            case CONFIRM -> closedAt = now;
            case REOPEN -> {
                if (resolvedAt != null && now.isAfter(resolvedAt.plus(sla.reopenWithin()))) {
                    throw new RuleViolationException("maintenance.ticket.error.reopenWindowPassed",
                            sla.reopenWithin().toDays());
                }
                resolvedAt = null;
                closedAt = null;
                resolveBy = now.plus(sla.resolveWithin(priority));
            }
            default -> {
            }
        }
        if (respondedAt == null && !parties.contains(Party.SYSTEM) && action != TicketAction.REOPEN) {
            respondedAt = now;
        }
        TicketStatus from = status;
        status = rule.to();
        return new Transition(action, from, status, cleanNote);
    }

    /** School IT or the district re-judges urgency while the fault is open; the timers run from the report again. */
    Transition reprioritise(TicketPriority next, Set<Party> parties, TicketProperties sla) {
        if (!parties.contains(Party.SCHOOL_IT) && !parties.contains(Party.DISTRICT)) {
            throw new ForbiddenException("maintenance.ticket.error.notYourStep");
        }
        if (!status.unresolved()) {
            throw new RuleViolationException("maintenance.ticket.error.priorityWhenResolved");
        }
        TicketPriority before = priority;
        priority = next;
        respondBy = reportedAt.plus(sla.responseWithin(next));
        resolveBy = reportedAt.plus(sla.resolveWithin(next));
        return new Transition(TicketAction.PRIORITY, status, status, before + " → " + next);
    }

    /** The reporter's satisfaction with a fix, once, after it was resolved. */
    void rate(Set<Party> parties, int stars, @Nullable String comment) {
        if (!parties.contains(Party.REPORTER)) {
            throw new ForbiddenException("maintenance.ticket.error.onlyReporterRates");
        }
        if (status != TicketStatus.RESOLVED && status != TicketStatus.CLOSED) {
            throw new RuleViolationException("maintenance.ticket.error.rateBeforeResolved");
        }
        if (rating != null) {
            throw new RuleViolationException("maintenance.ticket.error.alreadyRated");
        }
        if (stars < 1 || stars > 5) {
            throw new RuleViolationException("maintenance.ticket.error.ratingRange");
        }
        rating = stars;
        ratingComment = comment == null || comment.isBlank() ? null : comment.strip();
    }

    /** Whether nobody responded before the response target: marked once. */
    boolean responseOverdue(Instant now) {
        return respondedAt == null && !responseBreached && status.unresolved() && now.isAfter(respondBy);
    }

    boolean resolutionOverdue(Instant now) {
        return !resolutionBreached && status.unresolved() && now.isAfter(resolveBy);
    }

    void markResponseBreached() {
        responseBreached = true;
    }

    void markResolutionBreached() {
        resolutionBreached = true;
    }

    long id() {
        return id;
    }

    long schoolId() {
        return schoolId;
    }

    OrgPath schoolPath() {
        return schoolPath;
    }

    long reporterId() {
        return reporterId;
    }

    Instant reportedAt() {
        return reportedAt;
    }

    TicketPriority priority() {
        return priority;
    }

    TicketStatus status() {
        return status;
    }

    @Nullable Long vendorId() {
        return vendorId;
    }

    Instant respondBy() {
        return respondBy;
    }

    Instant resolveBy() {
        return resolveBy;
    }

    @Nullable Instant respondedAt() {
        return respondedAt;
    }

    @Nullable Instant resolvedAt() {
        return resolvedAt;
    }

    @Nullable Instant closedAt() {
        return closedAt;
    }

    boolean responseBreached() {
        return responseBreached;
    }

    boolean resolutionBreached() {
        return resolutionBreached;
    }

    @Nullable Integer rating() {
        return rating;
    }

    @Nullable String ratingComment() {
        return ratingComment;
    }
}
