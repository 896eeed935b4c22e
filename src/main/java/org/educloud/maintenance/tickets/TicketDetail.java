package org.educloud.maintenance.tickets;

import java.util.List;
import java.util.Set;
import org.educloud.maintenance.vendors.VendorView;

/**
 * A ticket's page: the ticket, its photos, comments and status history, who the reader is to it, the steps they may
 * take now, and (for the district) the vendors it may be assigned to.
 */
public record TicketDetail(TicketRow ticket, List<TicketPhoto> photos, List<TicketComment> comments,
                           List<TicketHistoryEntry> history, Set<Party> parties, Set<TicketAction> offered,
                           List<VendorView> vendors, boolean mayRate, boolean mayReprioritise) {

    public boolean offers(String action) {
        return offered.contains(TicketAction.valueOf(action));
    }
}
