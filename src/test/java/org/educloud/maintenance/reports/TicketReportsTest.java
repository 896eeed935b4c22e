package org.educloud.maintenance.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.educloud.maintenance.TicketFixture;
import org.educloud.maintenance.tickets.TicketAction;
import org.educloud.maintenance.tickets.Tickets;
import org.educloud.shared.ForbiddenException;
import org.educloud.shared.Role;
import org.educloud.support.EduCloudTest;
import org.educloud.support.TenantFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The bureau's ticket report: MTTR and SLA attainment by school and locality, of the caller's district only. */
@EduCloudTest
class TicketReportsTest {

    @Autowired
    TenantFixture fixture;
    @Autowired
    TicketFixture tickets;
    @Autowired
    Tickets desk;
    @Autowired
    TicketReports reports;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theReportCountsMttrAndSlaAttainmentOfTheCallersDistrictOnly() {
        TenantFixture.Side a = fixture.a();
        long met = tickets.reported(a, "报表：按时修好");
        desk.act(tickets.scope(a, Role.SCHOOL_ADMIN), met, TicketAction.ACKNOWLEDGE, null, null);
        desk.act(tickets.scope(a, Role.SCHOOL_ADMIN), met, TicketAction.RESOLVE, null, "重启");
        long late = tickets.reported(a, "报表：超时");
        jdbc.sql("UPDATE maintenance.ticket SET resolution_breached = true WHERE id = ?").param(late).update();
        TicketFixture.of(fixture.b());

        TicketFigures figures = reports.figures(tickets.scope(a, Role.OPERATIONS_STAFF), LocalDate.now().minusDays(1),
                LocalDate.now().plusDays(1));

        // other tests' schools of district A (outages open tickets by themselves) may be listed too; B's never
        assertThat(figures.bySchool()).extracting(l -> l.label()).contains(a.school().name())
                .doesNotContain(fixture.b().school().name());
        assertThat(figures.byLocality()).extracting(l -> l.label()).contains("URBAN");
        var school = figures.bySchool().stream().filter(l -> l.label().equals(a.school().name())).findFirst()
                .orElseThrow();
        assertThat(school.judged()).isGreaterThanOrEqualTo(2);
        assertThat(school.met()).isGreaterThanOrEqualTo(1).isLessThan(school.judged());
        assertThat(school.meanHoursToRepair()).isNotNull();
        assertThat(figures.byKindAndStatus()).isNotEmpty();
        assertThatThrownBy(() -> reports.figures(tickets.scope(a, Role.TEACHER), LocalDate.now(), LocalDate.now()))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> reports.figures(tickets.scope(a, Role.DISTRICT_ADMIN), LocalDate.now(),
                LocalDate.now().minusDays(1))).hasMessage("maintenance.report.error.period");
    }

}
