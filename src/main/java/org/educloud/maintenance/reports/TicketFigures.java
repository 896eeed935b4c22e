package org.educloud.maintenance.reports;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The report over a period: counts by kind and status, mean time to repair (hours, of the tickets resolved), and SLA
 * attainment by school and by locality. A ticket counts against the SLA once judged: resolved, or breached before.
 */
public record TicketFigures(LocalDate from, LocalDate to, List<KindStatus> byKindAndStatus, SlaLine overall,
                            List<SlaLine> bySchool, List<SlaLine> byLocality, boolean schoolsCut) {

    /** How many tickets of one kind are in one status. */
    public record KindStatus(String kind, String status, long tickets) {
    }

    /** One line of SLA figures: a school (its name), a locality (its name) or the whole. */
    public record SlaLine(String label, long tickets, long resolved, long judged, long met,
                          @Nullable Double meanHoursToRepair) {

        /** Share of judged tickets that met both targets, in percent; null before any was judged. */
        public @Nullable Double attainment() {
            return judged == 0 ? null : Math.round(1000.0 * met / judged) / 10.0;
        }
    }
}
