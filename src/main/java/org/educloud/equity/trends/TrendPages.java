package org.educloud.equity.trends;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.educloud.equity.BalanceTrend;
import org.educloud.equity.BasicIndicator;
import org.educloud.equity.ComputingBalance;
import org.educloud.equity.EquityReach;
import org.educloud.equity.QualityIndicator;
import org.educloud.equity.digital.ComputingDigitalEquity;
import org.educloud.equity.digital.DigitalMeasure;
import org.educloud.equity.digital.DigitalTrend;
import org.educloud.shared.OrgId;
import org.educloud.shared.Scope;
import org.educloud.tenancy.Stage;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/**
 * Whether a county is becoming more even: the balance coefficients and the share of complying schools school year
 * by school year, beside the rural/urban parity of digital-resource use over the same years.
 */
@Controller
class TrendPages {

    private static final int BALANCE_YEARS = 5;
    private static final int DIGITAL_YEARS = 3;
    private static final List<DigitalMeasure> FOLLOWED = List.of(DigitalMeasure.USES_PER_STUDENT,
            DigitalMeasure.ACTIVE_DAYS_PER_STUDENT, DigitalMeasure.SUBMISSION_RATE);

    private final ComputingBalance balance;
    private final ComputingDigitalEquity digital;
    private final EquityReach reach;
    private final MessageSource messages;
    private final JsonMapper json = JsonMapper.builder().build();

    TrendPages(ComputingBalance balance, ComputingDigitalEquity digital, EquityReach reach, MessageSource messages) {
        this.balance = balance;
        this.digital = digital;
        this.reach = reach;
        this.messages = messages;
    }

    @GetMapping("/equity/balance/trend")
    String trend(Scope scope, @RequestParam long district, @RequestParam(defaultValue = "PRIMARY") Stage stage,
                 Model model, Locale locale) {
        BalanceTrend trend = balance.trend(scope, OrgId.of(district), stage, BALANCE_YEARS);
        DigitalTrend use = digital.yearly(scope, OrgId.of(district), DIGITAL_YEARS);
        model.addAttribute("trend", trend);
        model.addAttribute("digital", use);
        model.addAttribute("followed", FOLLOWED);
        model.addAttribute("indicators", QualityIndicator.values());
        model.addAttribute("threshold", QualityIndicator.maximumCoefficient(stage));
        model.addAttribute("basicThreshold", BasicIndicator.maximumComposite(stage));
        model.addAttribute("districts", reach.districts(scope));
        model.addAttribute("stages", List.of(Stage.PRIMARY, Stage.JUNIOR));
        model.addAttribute("charts", charts(trend, use, locale));
        return "equity/balance-trend";
    }

    private List<String> charts(BalanceTrend trend, DigitalTrend use, Locale locale) {
        List<String> years = trend.years().stream().map(BalanceTrend.Year::schoolYear).toList();
        List<Map<String, Object>> coefficients = new ArrayList<>();
        for (QualityIndicator indicator : QualityIndicator.values()) {
            coefficients.add(series(text("equity.indicator.short." + indicator, locale), trend.years().stream()
                    .map(y -> round(y.coefficients().get(indicator))).toList()));
        }
        Map<String, Object> cv = lines(text("equity.trend.coefficients", locale), years, coefficients);
        cv.put("line", QualityIndicator.maximumCoefficient(trend.stage()));
        cv.put("lineLabel", text("equity.balance.threshold", locale));

        Map<String, Object> complying = lines(text("equity.trend.complying", locale), years, List.of(
                series(text("equity.trend.complyingShare", locale), trend.years().stream()
                        .map(y -> round(y.complyingPercent())).toList())));

        List<Map<String, Object>> parities = new ArrayList<>();
        for (DigitalMeasure measure : FOLLOWED) {
            parities.add(series(text("equity.measure." + measure, locale), use.years().stream()
                    .map(y -> round(y.measures().get(measure).ruralUrban().adjusted())).toList()));
        }
        Map<String, Object> parity = lines(text("equity.trend.parity", locale),
                use.years().stream().map(DigitalTrend.Year::schoolYear).toList(), parities);
        parity.put("line", 1.0);
        parity.put("lineLabel", text("equity.trend.atParity", locale));
        return List.of(json.writeValueAsString(cv), json.writeValueAsString(complying),
                json.writeValueAsString(parity));
    }

    private static Map<String, Object> lines(String title, List<String> categories, List<Map<String, Object>> series) {
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("kind", "lines");
        chart.put("title", title);
        chart.put("categories", categories);
        chart.put("series", series);
        return chart;
    }

    private static Map<String, Object> series(String name, List<@Nullable Double> values) {
        Map<String, Object> series = new LinkedHashMap<>();
        series.put("name", name);
        series.put("values", values);
        return series;
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    private static @Nullable Double round(@Nullable Double value) {
        return value == null ? null : Math.round(value * 10_000) / 10_000.0;
    }
}
