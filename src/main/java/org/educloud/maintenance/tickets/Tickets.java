package org.educloud.maintenance.tickets;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.educloud.identity.IdentityManagement;
import org.educloud.learning.Upload;
import org.educloud.library.FileContent;
import org.educloud.library.ReceivedFile;
import org.educloud.library.StoredFiles;
import org.educloud.maintenance.vendors.VendorView;
import org.educloud.maintenance.vendors.Vendors;
import org.educloud.shared.NotFoundException;
import org.educloud.shared.OrgId;
import org.educloud.shared.PageSlice;
import org.educloud.shared.Role;
import org.educloud.shared.RuleViolationException;
import org.educloud.shared.Scope;
import org.educloud.shared.UserId;
import org.educloud.tenancy.OrgKind;
import org.educloud.tenancy.OrgNodeView;
import org.educloud.tenancy.TenancyManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The tickets' use cases: reporting a fault with photos, the triage steps of {@link TicketRules}, comments, the
 * reporter's rating, and reading. Photos are read and checked before the transaction that records the report, never
 * inside it; a refused photo leaves nothing behind.
 */
@Service
@org.springframework.modulith.NamedInterface("tickets")
public class Tickets {

    private final TicketStore store;
    private final TicketAccess access;
    private final TicketAudience audience;
    private final TicketProperties sla;
    private final Vendors vendors;
    private final StoredFiles files;
    private final TenancyManagement tenancy;
    private final IdentityManagement identity;
    private final TransactionTemplate transactions;
    private final Clock clock;

    Tickets(TicketStore store, TicketAccess access, TicketAudience audience, TicketProperties sla, Vendors vendors,
            StoredFiles files, TenancyManagement tenancy, IdentityManagement identity,
            TransactionTemplate transactions, Clock clock) {
        this.store = store;
        this.access = access;
        this.audience = audience;
        this.sla = sla;
        this.vendors = vendors;
        this.files = files;
        this.tenancy = tenancy;
        this.identity = identity;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * A teacher or school admin reports a fault at one of their schools. The photos' number and sizes are checked
     * before any is read, their kinds from their bytes before anything is written.
     */
    public long report(Scope scope, TicketDraft draft, List<Upload> photos) {
        OrgNodeView school = reportableSchool(scope, draft.schoolId());
        ReceivedPhotos.checkAnnounced(photos, sla);
        try (ReceivedPhotos received = ReceivedPhotos.receive(files, photos, sla)) {
            return Objects.requireNonNull(transactions.execute(status -> {
                Instant now = clock.instant();
                TicketPriority priority = draft.priority() == null ? TicketPriority.NORMAL : draft.priority();
                long id = store.insert(new TicketStore.NewTicket(school.id().value(), school.path(), school.name(),
                        school.locality(), draft.kind(), draft.title().strip(), draft.description().strip(),
                        draft.location() == null ? "" : draft.location().strip(), draft.equipmentId(), priority,
                        TicketStatus.OPEN, scope.userId().value(), nameOf(scope.userId()), now,
                        now.plus(sla.responseWithin(priority)), now.plus(sla.resolveWithin(priority)), null));
                for (ReceivedFile photo : received.files()) {
                    store.photo(id, files.store(photo), now);
                }
                store.record(id, new Ticket.Transition(TicketAction.REPORT, null, TicketStatus.OPEN, null),
                        scope.userId().value(), nameOf(scope.userId()), now);
                audience.schoolIt(id, draft.title().strip(), school.path(), scope.userId());
                return id;
            }));
        }
    }

    /** Schools where the caller may report a fault: those they teach at or run. */
    @Transactional(readOnly = true)
    public List<OrgNodeView> reportableSchools(Scope scope) {
        return scope.grants().stream()
                .filter(g -> g.role() == Role.TEACHER || g.role() == Role.SCHOOL_ADMIN)
                .map(g -> g.path().ids().getLast()).distinct()
                .map(tenancy::find).flatMap(java.util.Optional::stream)
                .filter(n -> n.kind() == OrgKind.SCHOOL && n.isActive()).toList();
    }

    @Transactional(readOnly = true)
    public PageSlice<TicketRow> list(Scope scope, @Nullable TicketStatus status, int page) {
        return store.list(access.viewer(scope), status, page, 50);
    }

    @Transactional(readOnly = true)
    public TicketDetail detail(Scope scope, long id) {
        TicketRow ticket = access.visible(scope, id);
        Set<Party> parties = access.parties(scope, ticket);
        Set<TicketAction> offered = TicketRules.offered(ticket.status(), parties);
        List<VendorView> assignable = offered.contains(TicketAction.ASSIGN) ? vendors.serving(ticket.schoolPath())
                : List.of();
        boolean mayRate = parties.contains(Party.REPORTER) && ticket.rating() == null
                && (ticket.status() == TicketStatus.RESOLVED || ticket.status() == TicketStatus.CLOSED);
        boolean mayReprioritise = ticket.status().unresolved()
                && (parties.contains(Party.SCHOOL_IT) || parties.contains(Party.DISTRICT));
        return new TicketDetail(ticket, store.photos(id), store.comments(id), store.history(id),
                EnumSet.copyOf(parties), offered, assignable, mayRate, mayReprioritise);
    }

    /** One step of the state machine by the caller; a vendor to assign must serve the ticket's district. */
    @Transactional
    public TicketStatus act(Scope scope, long id, TicketAction action, @Nullable Long vendorId, @Nullable String note) {
        access.visible(scope, id);
        Ticket ticket = store.lock(id).orElseThrow();
        Set<Party> parties = access.parties(scope, ticket);
        if (action == TicketAction.ASSIGN && vendorId != null && vendors.serving(ticket.schoolPath()).stream()
                .noneMatch(v -> v.id() == vendorId)) {
            throw new RuleViolationException("maintenance.ticket.error.vendorNotServing");
        }
        if (note != null && note.length() > 2000) {
            throw new RuleViolationException("maintenance.ticket.error.noteTooLong");
        }
        Instant now = clock.instant();
        Ticket.Transition transition = ticket.take(action, parties, vendorId, note, now, sla);
        store.save(ticket);
        store.record(id, transition, scope.userId().value(), nameOf(scope.userId()), now);
        tellOf(ticket, transition, scope.userId());
        return ticket.status();
    }

    /** Anyone party to the ticket may comment, until it is closed. */
    @Transactional
    public void comment(Scope scope, long id, String body) {
        TicketRow ticket = access.visible(scope, id);
        String text = body == null ? "" : body.strip();
        if (text.isEmpty() || text.length() > 2000) {
            throw new RuleViolationException("maintenance.ticket.error.commentLength");
        }
        if (ticket.status() == TicketStatus.CLOSED) {
            throw new RuleViolationException("maintenance.ticket.error.commentClosed");
        }
        store.comment(id, scope.userId().value(), nameOf(scope.userId()), text, clock.instant());
        audience.person(id, ticket.title(), ticket.reporterId(), scope.userId());
        if (ticket.vendorId() != null && ticket.status() == TicketStatus.ASSIGNED) {
            audience.vendor(id, ticket.title(), ticket.vendorId(), scope.userId());
        }
    }

    @Transactional
    public void rate(Scope scope, long id, int stars, @Nullable String comment) {
        access.visible(scope, id);
        if (comment != null && comment.length() > 1000) {
            throw new RuleViolationException("maintenance.ticket.error.ratingCommentTooLong");
        }
        Ticket ticket = store.lock(id).orElseThrow();
        ticket.rate(access.parties(scope, ticket), stars, comment);
        store.save(ticket);
    }

    @Transactional
    public void reprioritise(Scope scope, long id, TicketPriority priority) {
        access.visible(scope, id);
        Ticket ticket = store.lock(id).orElseThrow();
        Ticket.Transition transition = ticket.reprioritise(priority, access.parties(scope, ticket), sla);
        store.save(ticket);
        store.record(id, transition, scope.userId().value(), nameOf(scope.userId()), clock.instant());
    }

    /** A photo of a ticket the caller may see. */
    @Transactional(readOnly = true)
    public FileContent photo(Scope scope, long id, long photoId) {
        access.visible(scope, id);
        TicketPhoto photo = store.photos(id).stream().filter(p -> p.id() == photoId).findFirst()
                .orElseThrow(() -> new NotFoundException("maintenance.ticket.error.photoNotFound"));
        String shown = files.viewableCopyOf(photo.sha256()).orElse(photo.sha256());
        return files.open(shown, photo.fileName(), 0, files.size(shown));
    }

    private void tellOf(Ticket ticket, Ticket.Transition transition, UserId actor) {
        String title = store.find(ticket.id()).map(TicketRow::title).orElse("");
        switch (transition.action()) {
            case ESCALATE -> audience.district(ticket.id(), title, ticket.schoolPath(), actor);
            case ASSIGN -> {
                audience.vendor(ticket.id(), title, Objects.requireNonNull(ticket.vendorId()), actor);
                audience.person(ticket.id(), title, ticket.reporterId(), actor);
            }
            case RESOLVE, ACKNOWLEDGE -> audience.person(ticket.id(), title, ticket.reporterId(), actor);
            case CONFIRM -> {
                if (ticket.vendorId() != null) {
                    audience.vendor(ticket.id(), title, ticket.vendorId(), actor);
                }
            }
            case REOPEN -> {
                audience.schoolIt(ticket.id(), title, ticket.schoolPath(), actor);
                if (ticket.vendorId() != null) {
                    audience.district(ticket.id(), title, ticket.schoolPath(), actor);
                }
            }
            default -> {
            }
        }
    }

    private OrgNodeView reportableSchool(Scope scope, long schoolId) {
        OrgNodeView school = tenancy.find(OrgId.of(schoolId)).filter(n -> n.kind() == OrgKind.SCHOOL)
                .filter(n -> scope.holds(Role.TEACHER, n.path()) || scope.holds(Role.SCHOOL_ADMIN, n.path()))
                .orElseThrow(() -> new NotFoundException("maintenance.ticket.error.schoolNotFound"));
        if (!school.isActive()) {
            throw new RuleViolationException("maintenance.ticket.error.schoolClosed");
        }
        return school;
    }

    private String nameOf(UserId account) {
        return identity.self(account).displayName();
    }
}
