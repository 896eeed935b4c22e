package org.educloud.network.incidents;

import java.time.Clock;
import java.time.Instant;
import org.educloud.network.IncidentKind;
import org.educloud.shared.OrgId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A school's line was heard from: an open outage ends at that moment (the receive time, not the samples' own times:
 * heartbeats buffered while the line was down prove the probe ran, not that the platform could be reached).
 */
@Service
@Transactional
public class Recovery {

    private final IncidentStore incidents;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Recovery(IncidentStore incidents, ApplicationEventPublisher events, Clock clock) {
        this.incidents = incidents;
        this.events = events;
        this.clock = clock;
    }

    public void lineHeard(OrgId school, Instant receivedAt) {
        incidents.close(school, IncidentKind.OUTAGE, receivedAt, clock.instant()).ifPresent(events::publishEvent);
    }
}
