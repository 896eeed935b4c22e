package org.educloud.development.reports;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.educloud.development.assessments.SchoolYear;
import org.educloud.development.frameworks.FrameworkTree;
import org.educloud.development.frameworks.Frameworks;
import org.educloud.shared.NotFoundException;
import org.educloud.shared.OrgId;
import org.educloud.shared.OrgPath;
import org.educloud.shared.Scope;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/** The competence report of a school or bureau as a page with its chart, and as a workbook. */
@Controller
class CompetenceReportPages {

    private static final int PERIODS_SHOWN = 3;

    private final ComputingReports reports;
    private final Frameworks frameworks;
    private final MessageSource messages;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();

    CompetenceReportPages(ComputingReports reports, Frameworks frameworks, MessageSource messages, Clock clock) {
        this.reports = reports;
        this.frameworks = frameworks;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/development/reports")
    String report(Scope scope, @RequestParam(required = false) @Nullable Long org,
                  @RequestParam(required = false) @Nullable Long framework,
                  @RequestParam(required = false) @Nullable String period, Model model, Locale locale) {
        CompetenceReport report = build(scope, org, framework, period);
        model.addAttribute("report", report);
        model.addAttribute("frameworks", frameworks.visible(scope));
        model.addAttribute("periods", SchoolYear.current(clock).recent(PERIODS_SHOWN));
        model.addAttribute("chart", chart(report, locale));
        model.addAttribute("smallestGroup", CompetenceReport.SMALLEST_GROUP);
        return "development/report";
    }

    @GetMapping("/development/reports.xlsx")
    void workbook(Scope scope, @RequestParam(required = false) @Nullable Long org,
                  @RequestParam(required = false) @Nullable Long framework,
                  @RequestParam(required = false) @Nullable String period, Locale locale,
                  HttpServletResponse response) throws IOException {
        CompetenceReport report = build(scope, org, framework, period);
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename=\"digital-competence.xlsx\"; filename*=UTF-8''"
                + URLEncoder.encode("教师数字素养-" + report.period() + ".xlsx", StandardCharsets.UTF_8));
        try (OutputStream out = response.getOutputStream()) {
            new ReportWorkbook(messages, locale).write(report, out);
        }
    }

    /** Without an org, the first node the reader administers: their school or their bureau. */
    private CompetenceReport build(Scope scope, @Nullable Long org, @Nullable Long framework, @Nullable String period) {
        OrgId node = org != null ? OrgId.of(org) : scope.adminPaths().stream().filter(p -> !p.equals(OrgPath.ROOT))
                .map(p -> p.ids().getLast()).findFirst()
                .orElseThrow(() -> new NotFoundException("development.error.reportNotFound"));
        SchoolYear year = period == null ? SchoolYear.current(clock) : SchoolYear.parse(period);
        return reports.report(scope, node, framework == null ? frameworks.national() : framework, year);
    }

    /** Teachers per level on each dimension, stacked: drawn by the shared chart script from the attribute. */
    private String chart(CompetenceReport report, Locale locale) {
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("kind", "stacked");
        chart.put("title", messages.getMessage("development.report.spread", null, locale));
        chart.put("categories", report.dimensions().stream().map(d -> d.dimension().nameIn(locale)).toList());
        List<Map<String, Object>> series = new ArrayList<>();
        for (FrameworkTree.Level level : report.tree().levels()) {
            series.add(Map.of("name", level.rank() + " " + level.nameIn(locale), "values", report.dimensions().stream()
                    .map(d -> d.suppressed() ? 0L : d.teachersByLevel().get(level.rank() - 1)).toList()));
        }
        chart.put("series", series);
        return json.writeValueAsString(chart);
    }
}
