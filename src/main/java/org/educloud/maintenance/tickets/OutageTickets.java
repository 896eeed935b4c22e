package org.educloud.maintenance.tickets;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.educloud.network.IncidentKind;
import org.educloud.network.NetworkIncidentClosed;
import org.educloud.network.NetworkIncidentOpened;
import org.educloud.shared.UserId;
import org.educloud.tenancy.OrgNodeView;
import org.educloud.tenancy.TenancyManagement;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Outages open tickets by themselves: a school's line going down becomes a network ticket of high priority, already
 * with district operations (the school cannot report through a line that is down), once per incident however often
 * the event is delivered. The line coming back adds a comment with the outage's duration; the ticket stays open
 * until someone confirms the cause is fixed. Texts are written in the installation's language (Chinese), as data.
 */
@Component
class OutageTickets {

    private static final Locale DATA_LANGUAGE = Locale.SIMPLIFIED_CHINESE;

    private final TicketStore store;
    private final TicketAudience audience;
    private final TicketProperties sla;
    private final TenancyManagement tenancy;
    private final MessageSource messages;
    private final Clock clock;

    OutageTickets(TicketStore store, TicketAudience audience, TicketProperties sla, TenancyManagement tenancy,
                  MessageSource messages, Clock clock) {
        this.store = store;
        this.audience = audience;
        this.sla = sla;
        this.tenancy = tenancy;
        this.messages = messages;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(NetworkIncidentOpened opened) {
        if (opened.kind() != IncidentKind.OUTAGE || store.byIncident(opened.incidentId()).isPresent()) {
            return;
        }
        Instant now = clock.instant();
        TicketPriority priority = TicketPriority.HIGH;
        String title = messages.getMessage("maintenance.outage.title", new Object[] {opened.schoolName()},
                DATA_LANGUAGE);
        String description = messages.getMessage("maintenance.outage.description",
                new Object[] {opened.since().toString()}, DATA_LANGUAGE);
        String platform = messages.getMessage("maintenance.ticket.platform", null, DATA_LANGUAGE);
        var locality = tenancy.find(opened.school()).map(OrgNodeView::locality).orElse(null);
        long id = store.insert(new TicketStore.NewTicket(opened.school().value(), opened.schoolPath(),
                opened.schoolName(), locality, TicketKind.NETWORK, title, description, "", null, priority,
                TicketStatus.ESCALATED, 0, platform, now, now.plus(sla.responseWithin(priority)),
                now.plus(sla.resolveWithin(priority)), opened.incidentId()));
        store.record(id, new Ticket.Transition(TicketAction.REPORT, null, TicketStatus.ESCALATED, null), 0, platform,
                now);
        audience.district(id, title, opened.schoolPath(), new UserId(0));
    }

    @ApplicationModuleListener
    void on(NetworkIncidentClosed closed) {
        store.byIncident(closed.incidentId()).ifPresent(id -> {
            Duration down = closed.duration();
            String body = messages.getMessage("maintenance.outage.closed",
                    new Object[] {down.toHours(), down.toMinutesPart()}, DATA_LANGUAGE);
            store.comment(id, 0, messages.getMessage("maintenance.ticket.platform", null, DATA_LANGUAGE), body,
                    clock.instant());
        });
    }
}
