package org.educloud.maintenance.tickets;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.educloud.identity.AccountStatus;
import org.educloud.identity.IdentityManagement;
import org.educloud.learning.NotificationKind;
import org.educloud.learning.Notifications;
import org.educloud.maintenance.vendors.Vendors;
import org.educloud.shared.OrgPath;
import org.educloud.shared.Role;
import org.educloud.shared.Scope;
import org.educloud.shared.UserId;
import org.springframework.stereotype.Component;

/**
 * Tells the people a ticket concerns through the bell: the school's IT when a fault is reported, the district's
 * operations staff and admins when it reaches them, the vendor's accounts when it is assigned, the reporter when it
 * is resolved. Nobody is told of their own step.
 */
@Component
class TicketAudience {

    private final IdentityManagement identity;
    private final Notifications notifications;
    private final Vendors vendors;

    TicketAudience(IdentityManagement identity, Notifications notifications, Vendors vendors) {
        this.identity = identity;
        this.notifications = notifications;
        this.vendors = vendors;
    }

    void schoolIt(long ticketId, String title, OrgPath school, UserId actor) {
        tell(ticketId, title, holders(Role.SCHOOL_ADMIN, school), actor);
    }

    void district(long ticketId, String title, OrgPath school, UserId actor) {
        OrgPath district = districtOf(school);
        List<UserId> people = new ArrayList<>(holders(Role.OPERATIONS_STAFF, district));
        people.addAll(holders(Role.DISTRICT_ADMIN, district));
        tell(ticketId, title, people, actor);
    }

    void vendor(long ticketId, String title, long vendorId, UserId actor) {
        tell(ticketId, title, vendors.accountsOf(vendorId), actor);
    }

    void person(long ticketId, String title, long account, UserId actor) {
        if (account != 0) {
            tell(ticketId, title, List.of(new UserId(account)), actor);
        }
    }

    private void tell(long ticketId, String title, Collection<UserId> people, UserId actor) {
        Set<UserId> recipients = new LinkedHashSet<>(people);
        recipients.remove(actor);
        if (!recipients.isEmpty()) {
            notifications.send(recipients, NotificationKind.TICKET, "#" + ticketId + " " + title,
                    "/maintenance/tickets/" + ticketId);
        }
    }

    /**
     * Active accounts holding the role on this node itself (the district's staff, the school's admins): looked up as
     * an admin of the node would, since the platform acts here for nobody in particular.
     */
    private List<UserId> holders(Role role, OrgPath node) {
        Scope lookup = new Scope(new UserId(0), List.of(new Scope.Grant(Role.REGION_ADMIN, node)));
        return identity.search(lookup, null, role, AccountStatus.ACTIVE, 0, 200).items().stream()
                .filter(a -> a.grants().stream().anyMatch(g -> g.role() == role && g.orgPath().contains(node)))
                .map(a -> a.id()).toList();
    }

    /** The district a school belongs to: the node above it. */
    static OrgPath districtOf(OrgPath school) {
        String value = school.value();
        int cut = value.lastIndexOf('/', value.length() - 2);
        return new OrgPath(value.substring(0, cut + 1));
    }
}
