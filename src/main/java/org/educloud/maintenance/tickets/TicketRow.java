package org.educloud.maintenance.tickets;

import java.time.Instant;
import org.educloud.shared.OrgPath;
import org.educloud.tenancy.Locality;
import org.jspecify.annotations.Nullable;

/** A ticket as stored, for pages and lists; {@code reporterId} 0 means the platform reported it (an outage). */
public record TicketRow(long id, long schoolId, OrgPath schoolPath, String schoolName, @Nullable Locality locality,
                        TicketKind kind, String title, String description, String location,
                        @Nullable Long equipmentId, TicketPriority priority, TicketStatus status,
                        @Nullable Long vendorId, @Nullable String vendorName, long reporterId, String reporterName,
                        Instant reportedAt, Instant respondBy, Instant resolveBy, @Nullable Instant respondedAt,
                        @Nullable Instant resolvedAt, @Nullable Instant closedAt, boolean responseBreached,
                        boolean resolutionBreached, @Nullable Integer rating, @Nullable String ratingComment,
                        @Nullable Long incidentId) {

    public boolean reportedByPlatform() {
        return reporterId == 0;
    }

    public boolean breached() {
        return responseBreached || resolutionBreached;
    }

    Ticket aggregate() {
        return new Ticket(id, schoolId, schoolPath, reporterId, reportedAt, priority, status, vendorId, respondBy,
                resolveBy, respondedAt, resolvedAt, closedAt, responseBreached, resolutionBreached, rating,
                ratingComment);
    }
}
