package org.educloud.network.status;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.educloud.tenancy.OrgNodeView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The wall: every school below a node with its line's state, worst first, and how many are in each state. */
@Service
@Transactional(readOnly = true)
class StatusWall {

    /** A line heard within this long counts as up (when no incident is open). */
    static final Duration RECENT = Duration.ofDays(1);
    private static final int HISTORY_DAYS = 90;

    record Wall(OrgNodeView node, List<SchoolLine> schools, Map<LineStatus, Integer> counts) {
    }

    private final StatusReads reads;
    private final WallReach reach;
    private final Clock clock;

    StatusWall(StatusReads reads, WallReach reach, Clock clock) {
        this.reads = reads;
        this.reach = reach;
        this.clock = clock;
    }

    Wall wall(OrgNodeView node) {
        Instant now = clock.instant();
        Map<Long, Instant> heard = reads.lastHeard(node.path(), now.minus(RECENT).minus(Duration.ofHours(1)));
        Map<Long, StatusReads.OpenIncident> open = reads.openIncidents(node.path());
        Set<Long> reported = reads.reportedSince(node.path(),
                LocalDate.ofInstant(now, ZoneOffset.UTC).minusDays(HISTORY_DAYS));
        List<SchoolLine> lines = new ArrayList<>();
        Map<LineStatus, Integer> counts = new EnumMap<>(LineStatus.class);
        for (LineStatus status : LineStatus.values()) {
            counts.put(status, 0);
        }
        for (OrgNodeView school : reach.schoolsUnder(node)) {
            long id = school.id().value();
            StatusReads.OpenIncident incident = open.get(id);
            Instant last = heard.get(id);
            LineStatus status = incident != null
                    ? (incident.kind().equals("OUTAGE") ? LineStatus.DOWN : LineStatus.DEGRADED)
                    : last != null && last.isAfter(now.minus(RECENT)) ? LineStatus.UP
                    : last != null || reported.contains(id) ? LineStatus.SILENT : LineStatus.NEVER_REPORTED;
            counts.merge(status, 1, Integer::sum);
            lines.add(new SchoolLine(id, school.name(), school.locality(), status, last,
                    incident == null ? null : incident.since()));
        }
        lines.sort(Comparator.comparing(SchoolLine::status).thenComparing(SchoolLine::name));
        return new Wall(node, lines, counts);
    }
}
