package org.educloud.demo.probes;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.educloud.demo.schools.DemoInstallation;
import org.educloud.demo.schools.DemoSchool;
import org.educloud.demo.steps.DemoContext;
import org.educloud.demo.steps.DemoStep;
import org.educloud.network.IncidentKind;
import org.educloud.network.LineHistory;
import org.educloud.network.LineReading;
import org.educloud.network.PastIncident;
import org.educloud.shared.OrgId;
import org.educloud.tenancy.Locality;
import org.educloud.tenancy.OrgNodeView;
import org.educloud.tenancy.TenancyManagement;
import org.springframework.stereotype.Component;

/**
 * Thirty days of each demo school's line, hour by hour, as a probe heartbeating every 30 s and measuring every 5
 * minutes would have left it: urban fibre fast and steady, town lines slower, rural lines slower still with the odd
 * outage, and 柳坪教学点 on a satellite link (high latency, some loss) that drops out every few days, crawls on
 * evenings and is down right now, so the status wall and availability pages have something to show. Deterministic:
 * each school's random numbers are seeded by its code.
 */
@Component
class DemoProbes implements DemoStep {

    static final String SATELLITE_SCHOOL = "qs-liuping";
    private static final int DAYS = 30;
    private static final int HEARTBEATS_PER_HOUR = 120;
    private static final int MEASUREMENTS_PER_HOUR = 12;

    /** What a school's line is like: contracted download, typical latency and loss. */
    private record Line(int contracted, double latencyMs, double loss, double outageChancePerDay) {
    }

    private record Span(Instant from, Instant to) {
        boolean covers(Instant hour) {
            return !hour.isBefore(from) && hour.isBefore(to);
        }
    }

    private final LineHistory history;
    private final TenancyManagement tenancy;

    DemoProbes(LineHistory history, TenancyManagement tenancy) {
        this.history = history;
        this.tenancy = tenancy;
    }

    /** In the order the demo has always loaded, so every start makes the same rows with the same ids. */
    @Override
    public int order() {
        return 1000;
    }

    @Override
    public void run(DemoContext demo) {
        load(demo.places(), Instant.now());
    }

    void load(Map<String, OrgId> places, Instant now) {
        Instant currentHour = now.truncatedTo(ChronoUnit.HOURS);
        for (DemoInstallation.District district : DemoInstallation.DISTRICTS) {
            for (DemoSchool school : district.schools()) {
                OrgNodeView node = tenancy.find(places.get(school.key())).orElseThrow();
                load(node, school, currentHour, now);
            }
        }
    }

    private void load(OrgNodeView node, DemoSchool school, Instant currentHour, Instant now) {
        Random random = new Random(Long.parseLong(school.code()));
        boolean satellite = school.key().equals(SATELLITE_SCHOOL);
        Line line = satellite ? new Line(20, 620, 0.03, 0.4) : switch (school.locality()) {
            case URBAN -> new Line(1000, 8, 0.001, 0.0);
            case TOWN -> new Line(300, 16, 0.003, 0.03);
            case RURAL -> new Line(100, 35, 0.01, 0.08);
        };
        Instant start = currentHour.minus(Duration.ofDays(DAYS));
        List<Span> outages = new ArrayList<>();
        List<PastIncident> incidents = new ArrayList<>();
        for (int day = 0; day < DAYS; day++) {
            if (random.nextDouble() < line.outageChancePerDay()) {
                Instant from = start.plus(Duration.ofDays(day)).plus(Duration.ofMinutes(random.nextInt(24 * 60)));
                Instant to = from.plus(Duration.ofMinutes(20 + random.nextInt(satellite ? 360 : 90)));
                if (to.isBefore(now.minus(Duration.ofHours(3)))) {
                    outages.add(new Span(from, to));
                    incidents.add(new PastIncident(IncidentKind.OUTAGE, from, to, null, null));
                }
            }
        }
        if (satellite) {
            Instant down = now.minus(Duration.ofMinutes(95));
            outages.add(new Span(down, now.plus(Duration.ofDays(1))));
            incidents.add(new PastIncident(IncidentKind.OUTAGE, down, null, null, null));
        }
        List<LineReading> hours = new ArrayList<>();
        Span slowEvening = null;
        for (Instant hour = start; hour.isBefore(currentHour); hour = hour.plus(Duration.ofHours(1))) {
            Instant h = hour;
            if (outages.stream().anyMatch(o -> o.covers(h))) {
                hours.add(new LineReading(hour, 0, 0, null, null, null, null, null));
                continue;
            }
            // evenings (UTC 11-14 is 19-22 in China) the satellite link is shared and crawls on some days
            int utcHour = hour.atZone(java.time.ZoneOffset.UTC).getHour();
            boolean crawling = satellite && utcHour >= 11 && utcHour <= 14 && random.nextDouble() < 0.5;
            double share = crawling ? 0.15 + random.nextDouble() * 0.2 : 0.75 + random.nextDouble() * 0.2;
            double download = line.contracted() * share;
            double latency = line.latencyMs() * (0.9 + random.nextDouble() * (crawling ? 1.5 : 0.3));
            double loss = Math.min(1, line.loss() * (crawling ? 3 : 0.5 + random.nextDouble()));
            hours.add(new LineReading(hour, HEARTBEATS_PER_HOUR, MEASUREMENTS_PER_HOUR, round(latency),
                    round(download), round(download * 0.3), round(4 + random.nextDouble() * 10), round4(loss)));
            if (crawling && slowEvening == null) {
                slowEvening = new Span(hour, hour.plus(Duration.ofHours(1)));
            } else if (crawling) {
                slowEvening = new Span(slowEvening.from(), hour.plus(Duration.ofHours(1)));
            } else if (slowEvening != null) {
                closeDegradation(slowEvening, line, incidents);
                slowEvening = null;
            }
        }
        history.load(node.id(), node.path(), node.name(), hours, incidents);
    }

    /** A slow spell of two hours or more was long enough to open (and then close) a degradation. */
    private static void closeDegradation(Span spell, Line line, List<PastIncident> incidents) {
        if (Duration.between(spell.from(), spell.to()).toHours() >= 2) {
            incidents.add(new PastIncident(IncidentKind.DEGRADATION, spell.from().plus(Duration.ofMinutes(30)),
                    spell.to(), line.contracted() * 0.25, line.contracted()));
        }
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    private static double round4(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
