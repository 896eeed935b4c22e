package org.educloud.maintenance.reports;

import java.time.Clock;
import java.time.LocalDate;
import org.educloud.shared.Scope;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The bureau's ticket report page; without a period, the last 90 days. */
@Controller
class ReportPages {

    private final TicketReports reports;
    private final Clock clock;

    ReportPages(TicketReports reports, Clock clock) {
        this.reports = reports;
        this.clock = clock;
    }

    @GetMapping("/maintenance/reports")
    String report(Scope scope,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
                  Model model) {
        LocalDate end = to == null ? LocalDate.now(clock) : to;
        LocalDate start = from == null ? end.minusDays(90) : from;
        model.addAttribute("figures", reports.figures(scope, start, end));
        return "maintenance/reports";
    }
}
