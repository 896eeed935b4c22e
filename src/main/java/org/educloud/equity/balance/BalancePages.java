package org.educloud.equity.balance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.educloud.equity.BalanceReport;
import org.educloud.equity.ComputingBalance;
import org.educloud.equity.DifferenceCoefficient;
import org.educloud.equity.EquityReach;
import org.educloud.equity.QualityIndicator;
import org.educloud.equity.SchoolYears;
import org.educloud.equity.reports.ExportingReports;
import org.educloud.equity.settings.EquityProperties;
import org.educloud.shared.OrgId;
import org.educloud.shared.Scope;
import org.educloud.tenancy.Stage;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/**
 * The county balance dashboard for bureau admins (the seven indicators per school against their minimum, each
 * difference coefficient against its threshold, the compliance table) and a school's own position. Chart data
 * travels in data attributes: the page allows no inline script.
 */
@Controller
class BalancePages {

    private static final int YEARS_BACK = 4;

    private final ComputingBalance balance;
    private final SchoolYears years;
    private final EquityReach reach;
    private final ExportingReports exports;
    private final MessageSource messages;
    private final EquityProperties properties;
    private final JsonMapper json = JsonMapper.builder().build();

    BalancePages(ComputingBalance balance, SchoolYears years, EquityReach reach, ExportingReports exports,
                 MessageSource messages, EquityProperties properties) {
        this.properties = properties;
        this.exports = exports;
        this.balance = balance;
        this.years = years;
        this.reach = reach;
        this.messages = messages;
    }

    @GetMapping("/equity/balance")
    String county(Scope scope, @RequestParam long district, @RequestParam(required = false) @Nullable String year,
                  @RequestParam(defaultValue = "PRIMARY") Stage stage, Model model, Locale locale) {
        BalanceReport report = balance.report(scope, OrgId.of(district), year == null ? years.current() : year, stage);
        model.addAttribute("districts", reach.districts(scope));
        model.addAttribute("charts", charts(report, locale));
        model.addAttribute("coverage", exports.coverage(scope, report.district()));
        model.addAttribute("exports", exports.recent(scope, report.district()));
        model.addAttribute("pdfAvailable", exports.pdfAvailable());
        return show(report, model);
    }

    @GetMapping("/equity/schools/{school}/balance")
    String school(Scope scope, @PathVariable long school, @RequestParam(required = false) @Nullable String year,
                  @RequestParam(defaultValue = "PRIMARY") Stage stage, Model model) {
        BalanceReport report = balance.position(scope, OrgId.of(school), year == null ? years.current() : year,
                stage);
        model.addAttribute("school", school);
        return show(report, model);
    }

    private String show(BalanceReport report, Model model) {
        model.addAttribute("report", report);
        model.addAttribute("indicators", QualityIndicator.values());
        model.addAttribute("teachingPointMinimum", properties.teachingPointMinimumStudents());
        model.addAttribute("years", years.recent(YEARS_BACK));
        model.addAttribute("stages", List.of(Stage.PRIMARY, Stage.JUNIOR));
        return "equity/balance";
    }

    /** One bar chart per indicator (schools against the minimum) and one of the coefficients. */
    private List<String> charts(BalanceReport report, Locale locale) {
        List<String> charts = new ArrayList<>();
        List<String> names = report.schools().stream().map(BalanceReport.SchoolBalance::name).toList();
        for (QualityIndicator indicator : QualityIndicator.values()) {
            Map<String, Object> chart = new LinkedHashMap<>();
            chart.put("title", text("equity.indicator." + indicator, locale));
            chart.put("categories", names);
            chart.put("values", report.schools().stream().map(s -> round(s.quality().get(indicator))).toList());
            chart.put("line", report.minimum(indicator));
            chart.put("lineLabel", text("equity.balance.minimum", locale));
            charts.add(json.writeValueAsString(chart));
        }
        Map<String, Object> cv = new LinkedHashMap<>();
        cv.put("title", text("equity.balance.coefficients", locale));
        cv.put("categories", report.quality().keySet().stream()
                .map(i -> text("equity.indicator.short." + i, locale)).toList());
        cv.put("values", report.quality().values().stream().map(DifferenceCoefficient::value)
                .map(v -> v == null ? null : round(v)).toList());
        cv.put("line", report.qualityThreshold());
        cv.put("upperLimit", true);
        cv.put("lineLabel", text("equity.balance.threshold", locale));
        charts.add(json.writeValueAsString(cv));
        return charts;
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
