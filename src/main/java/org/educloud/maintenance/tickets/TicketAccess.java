package org.educloud.maintenance.tickets;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.educloud.maintenance.vendors.Vendors;
import org.educloud.shared.NotFoundException;
import org.educloud.shared.OrgPath;
import org.educloud.shared.Role;
import org.educloud.shared.Scope;
import org.springframework.stereotype.Component;

/**
 * Who the caller is to a ticket ({@link Party}), and which tickets they may list. A ticket with no party for the
 * caller does not exist for them (404): a teacher sees the faults they reported, school IT their school's, the
 * district its schools', a vendor only what is assigned to its company, and nobody sees anything by a vendor grant.
 */
@Component
class TicketAccess {

    private static final Set<Role> HANDLING = EnumSet.of(Role.PLATFORM_OPERATOR, Role.REGION_ADMIN,
            Role.DISTRICT_ADMIN, Role.SCHOOL_ADMIN, Role.OPERATIONS_STAFF);

    private final Vendors vendors;
    private final TicketStore store;

    TicketAccess(Vendors vendors, TicketStore store) {
        this.vendors = vendors;
        this.store = store;
    }

    Set<Party> parties(Scope scope, TicketRow ticket) {
        return parties(scope, ticket.schoolPath(), ticket.reporterId(), ticket.vendorId(), vendors.companyOf(scope));
    }

    Set<Party> parties(Scope scope, Ticket ticket) {
        return parties(scope, ticket.schoolPath(), ticket.reporterId(), ticket.vendorId(), vendors.companyOf(scope));
    }

    /** The ticket, if the caller is any party to it. */
    TicketRow visible(Scope scope, long id) {
        return store.find(id).filter(t -> !parties(scope, t).isEmpty())
                .orElseThrow(() -> new NotFoundException("maintenance.ticket.error.notFound"));
    }

    TicketStore.Viewer viewer(Scope scope) {
        List<OrgPath> handled = scope.grants().stream().filter(g -> HANDLING.contains(g.role()))
                .map(Scope.Grant::path).distinct().toList();
        return new TicketStore.Viewer(handled, scope.userId().value(), vendors.companyOf(scope).orElse(null));
    }

    private static Set<Party> parties(Scope scope, OrgPath school, long reporter, Long vendor,
                                      Optional<Long> company) {
        Set<Party> parties = EnumSet.noneOf(Party.class);
        if (reporter != 0 && reporter == scope.userId().value()) {
            parties.add(Party.REPORTER);
        }
        if (scope.holds(Role.SCHOOL_ADMIN, school)) {
            parties.add(Party.SCHOOL_IT);
        }
        if (scope.isOperator() || scope.holds(Role.REGION_ADMIN, school) || scope.holds(Role.DISTRICT_ADMIN, school)
                || scope.holds(Role.OPERATIONS_STAFF, school)) {
            parties.add(Party.DISTRICT);
        }
        if (vendor != null && company.isPresent() && company.get().equals(vendor)) {
            parties.add(Party.VENDOR);
        }
        return parties;
    }
}
