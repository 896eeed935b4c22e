package org.educloud.network.incidents;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.educloud.network.IncidentKind;
import org.educloud.network.probes.ProbeProperties;
import org.educloud.shared.OrgId;
import org.educloud.tenancy.TenancyManagement;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Looks for lines that went silent or slow, on one node at a time: a probe that missed K heartbeats in a row (K times
 * its own interval since the platform last heard it) opens an outage dated from that last contact; a line whose every
 * download measurement over the degradation period stayed below the share of its contracted bandwidth opens a
 * degradation, which closes once a measurement is back above the share. Outages close when the line is heard
 * ({@link Recovery}). Each incident opens in its own transaction with its event, so the notices go out with it.
 */
@Component
public class IncidentDetection {

    private static final int BATCH = 1000;

    private final IncidentStore incidents;
    private final TenancyManagement tenancy;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final ProbeProperties properties;
    private final Clock clock;

    IncidentDetection(IncidentStore incidents, TenancyManagement tenancy, ApplicationEventPublisher events,
                      TransactionTemplate transactions, ProbeProperties properties, Clock clock) {
        this.incidents = incidents;
        this.tenancy = tenancy;
        this.events = events;
        this.transactions = transactions;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${educloud.network.probes.detect-delay:15s}", initialDelayString = "30s")
    @SchedulerLock(name = "network.incident-detection", lockAtMostFor = "PT10M")
    public void detect() {
        openOutages();
        degradations();
    }

    private void openOutages() {
        Instant now = clock.instant();
        var silent = incidents.silent(now, properties.missedHeartbeats(), BATCH);
        Map<OrgId, String> names = tenancy.names(silent.stream().map(IncidentStore.Silent::school).toList());
        for (IncidentStore.Silent line : silent) {
            if (!tenancy.find(line.school()).map(org.educloud.tenancy.OrgNodeView::isActive).orElse(false)) {
                continue; // a closed school's probe is refused, not down
            }
            transactions.executeWithoutResult(tx -> incidents.open(line.school(), line.path(),
                    names.getOrDefault(line.school(), "#" + line.school().value()), IncidentKind.OUTAGE,
                    line.lastHeard(), now, null, null).ifPresent(events::publishEvent));
        }
    }

    private void degradations() {
        Instant now = clock.instant();
        double share = properties.degradationShare();
        var slow = incidents.slow(now.minus(properties.degradationPeriod()), share, properties.degradationSamples(),
                BATCH);
        Map<OrgId, String> names = tenancy.names(slow.stream().map(IncidentStore.Slow::school)
                .collect(Collectors.toSet()));
        for (IncidentStore.Slow line : slow) {
            transactions.executeWithoutResult(tx -> incidents.open(line.school(), line.path(),
                    names.getOrDefault(line.school(), "#" + line.school().value()), IncidentKind.DEGRADATION,
                    line.since(), now, line.best(), line.contracted()).ifPresent(events::publishEvent));
        }
        for (long id : incidents.recovered(share)) {
            transactions.executeWithoutResult(tx -> incidents.close(id,
                    incidents.latestMeasurement(id).orElse(now), now).ifPresent(events::publishEvent));
        }
    }
}
