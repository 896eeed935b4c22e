package org.educloud.maintenance.tickets;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.ThreadLocalRandom;
import org.educloud.maintenance.TicketFixture;
import org.educloud.network.IncidentKind;
import org.educloud.network.NetworkIncidentClosed;
import org.educloud.network.NetworkIncidentOpened;
import org.educloud.shared.Role;
import org.educloud.support.EduCloudTest;
import org.educloud.support.TenantFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tickets nobody typed: an outage of the network module opens one for district operations (once per incident,
 * however often the event comes), its end comments the duration; a timer that ran out escalates and marks the
 * ticket.
 */
@EduCloudTest
class OutageAndTimerTicketsTest {

    @Autowired
    TenantFixture fixture;
    @Autowired
    TicketFixture tickets;
    @Autowired
    Tickets desk;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SlaTimers timers;

    @Test
    void anOutageOpensOneTicketForDistrictOperationsAndItsEndCommentsTheDuration() throws Exception {
        TenantFixture.Side a = fixture.a();
        long incident = ThreadLocalRandom.current().nextLong(1_000_000, 9_000_000);
        Instant since = Instant.now().minus(Duration.ofMinutes(95)).truncatedTo(ChronoUnit.SECONDS);
        NetworkIncidentOpened opened = new NetworkIncidentOpened(incident, a.school().id(), a.school().path(),
                a.school().name(), IncidentKind.OUTAGE, since);
        transactions.executeWithoutResult(tx -> events.publishEvent(opened));
        long id = await("SELECT id FROM maintenance.ticket WHERE incident_id = " + incident);
        transactions.executeWithoutResult(tx -> events.publishEvent(opened));
        transactions.executeWithoutResult(tx -> events.publishEvent(new NetworkIncidentOpened(incident + 1,
                a.school().id(), a.school().path(), a.school().name(), IncidentKind.DEGRADATION, since)));
        Thread.sleep(1500);

        assertThat(jdbc.sql("SELECT count(*) FROM maintenance.ticket WHERE incident_id IN (?, ?)")
                .params(incident, incident + 1).query(Long.class).single()).as("one ticket, for the outage only")
                .isEqualTo(1);
        TicketDetail detail = desk.detail(tickets.scope(a, Role.OPERATIONS_STAFF), id);
        assertThat(detail.ticket().status()).isEqualTo(TicketStatus.ESCALATED);
        assertThat(detail.ticket().title()).isEqualTo("网络中断：" + a.school().name());
        assertThat(detail.offered()).contains(TicketAction.ASSIGN, TicketAction.RESOLVE);
        assertThat(notified(a, id)).as("district operations were told").isTrue();

        transactions.executeWithoutResult(tx -> events.publishEvent(new NetworkIncidentClosed(incident,
                a.school().id(), a.school().path(), a.school().name(), IncidentKind.OUTAGE, since,
                since.plus(Duration.ofMinutes(95)))));
        await("SELECT ticket_id FROM maintenance.ticket_comment WHERE ticket_id = " + id);
        TicketDetail after = desk.detail(tickets.scope(a, Role.OPERATIONS_STAFF), id);
        assertThat(after.comments()).extracting(c -> c.body())
                .containsExactly("线路已恢复，本次中断 1 小时 35 分钟。请排查原因后再标记解决。");
        assertThat(after.ticket().status()).as("the line is back, the cause is not found yet")
                .isEqualTo(TicketStatus.ESCALATED);
    }

    @Test
    void aTicketNobodyAnsweredInTimeIsEscalatedMarkedAndTheDistrictTold() {
        TenantFixture.Side a = fixture.a();
        long id = tickets.reported(a, "班班通终端无法开机");
        jdbc.sql("UPDATE maintenance.ticket SET respond_by = ?, reported_at = ? WHERE id = ?")
                .params(Timestamp.from(Instant.now().minus(Duration.ofMinutes(5))),
                        Timestamp.from(Instant.now().minus(Duration.ofHours(9))), id).update();

        runTimers();
        runTimers();

        TicketDetail detail = desk.detail(tickets.scope(a, Role.SCHOOL_ADMIN), id);
        assertThat(detail.ticket().status()).isEqualTo(TicketStatus.ESCALATED);
        assertThat(detail.ticket().responseBreached()).isTrue();
        assertThat(detail.ticket().resolutionBreached()).isFalse();
        assertThat(detail.history()).filteredOn(h -> h.action() == TicketAction.ESCALATE).hasSize(1)
                .allMatch(h -> h.actorId() == 0);
        assertThat(notified(a, id)).isTrue();

        jdbc.sql("UPDATE maintenance.ticket SET resolve_by = ? WHERE id = ?")
                .params(Timestamp.from(Instant.now().minusSeconds(1)), id).update();
        runTimers();
        assertThat(desk.detail(tickets.scope(a, Role.SCHOOL_ADMIN), id).ticket().resolutionBreached()).isTrue();
    }

    private void runTimers() {
        timers.escalateOverdue();
    }

    private boolean notified(TenantFixture.Side side, long ticket) {
        return jdbc.sql("SELECT count(*) FROM learning.notification WHERE recipient = ? AND link = ?")
                .params(side.person(Role.OPERATIONS_STAFF).value(), "/maintenance/tickets/" + ticket)
                .query(Long.class).single() > 0;
    }

    private long await(String sql) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            var found = jdbc.sql(sql).query(Long.class).list();
            if (!found.isEmpty()) {
                return found.getFirst();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("nothing came of the event: " + sql);
    }
}
