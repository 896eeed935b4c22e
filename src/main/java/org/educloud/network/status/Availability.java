package org.educloud.network.status;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.educloud.tenancy.Locality;
import org.educloud.tenancy.OrgNodeView;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Availability of schools' lines in a month (UTC): the share of the time observed in the month (from the school's
 * first report in it, or the month's start, to its end or now) that no outage was open. Read from incidents and the
 * daily roll-ups, so a month of 10,000 schools is a few grouped queries. Per locality, the schools' time is summed
 * before dividing, so a school observed for a week weighs a quarter of one observed all month.
 */
@Service
@Transactional(readOnly = true)
class Availability {

    record SchoolMonth(long schoolId, String name, @Nullable Locality locality, @Nullable Double percent,
                       long outageMinutes) {
    }

    record LocalityMonth(Locality locality, int schools, @Nullable Double percent) {
    }

    record Report(OrgNodeView node, YearMonth month, List<SchoolMonth> schools, List<LocalityMonth> localities,
                  @Nullable Double overall) {
    }

    private final StatusReads reads;
    private final WallReach reach;
    private final Clock clock;

    Availability(StatusReads reads, WallReach reach, Clock clock) {
        this.reads = reads;
        this.reach = reach;
        this.clock = clock;
    }

    Report month(OrgNodeView node, YearMonth month) {
        Instant now = clock.instant();
        Instant from = month.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant end = month.plusMonths(1).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant to = end.isAfter(now) ? now : end;
        Map<Long, Long> outage = reads.outageSeconds(node.path(), from, to, now);
        Map<Long, Instant> first = reads.firstObserved(node.path(), from, to);
        List<SchoolMonth> schools = new ArrayList<>();
        Map<Locality, long[]> byLocality = new EnumMap<>(Locality.class);
        long[] total = new long[3];
        for (OrgNodeView school : reach.schoolsUnder(node)) {
            long id = school.id().value();
            Instant start = first.get(id);
            long down = outage.getOrDefault(id, 0L);
            if (start == null || !to.isAfter(start)) {
                schools.add(new SchoolMonth(id, school.name(), school.locality(), null, down / 60));
                continue;
            }
            long observed = Duration.between(start.isBefore(from) ? from : start, to).toSeconds();
            long up = Math.max(0, observed - Math.min(down, observed));
            schools.add(new SchoolMonth(id, school.name(), school.locality(), percent(up, observed), down / 60));
            if (school.locality() != null) {
                long[] sums = byLocality.computeIfAbsent(school.locality(), l -> new long[3]);
                sums[0] += up;
                sums[1] += observed;
                sums[2]++;
            }
            total[0] += up;
            total[1] += observed;
        }
        List<LocalityMonth> localities = new ArrayList<>();
        for (Locality locality : Locality.values()) {
            long[] sums = byLocality.get(locality);
            localities.add(sums == null ? new LocalityMonth(locality, 0, null)
                    : new LocalityMonth(locality, (int) sums[2], percent(sums[0], sums[1])));
        }
        return new Report(node, month, schools, localities, total[1] == 0 ? null : percent(total[0], total[1]));
    }

    private static @Nullable Double percent(long up, long observed) {
        return observed <= 0 ? null : Math.round(10_000.0 * up / observed) / 100.0;
    }
}
