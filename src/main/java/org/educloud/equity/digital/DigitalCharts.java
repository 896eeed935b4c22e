package org.educloud.equity.digital;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The digital-equity page's three charts (Lorenz curve of resource use, Theil within/between by measure, monthly
 * urban/rural parity) as the JSON the page's ECharts script draws, with their titles and series names in the
 * reader's language.
 */
@Component
class DigitalCharts {

    private final MessageSource messages;
    private final JsonMapper json = JsonMapper.builder().build();

    DigitalCharts(MessageSource messages) {
        this.messages = messages;
    }

    List<String> of(DigitalEquityReport report, Locale locale) {
        List<String> charts = new ArrayList<>();
        LorenzCurve lorenz = report.measures().get(DigitalMeasure.USES_PER_STUDENT).lorenz();
        Map<String, Object> curve = new LinkedHashMap<>();
        curve.put("kind", "lorenz");
        curve.put("title", text("equity.digital.lorenz", locale));
        curve.put("points", lorenz.points().stream().map(p -> List.of(p.population(), p.resource())).toList());
        curve.put("equalityLabel", text("equity.digital.equality", locale));
        charts.add(json.writeValueAsString(curve));

        Map<String, Object> theil = new LinkedHashMap<>();
        theil.put("kind", "stacked");
        theil.put("title", text("equity.digital.theil", locale));
        List<String> names = new ArrayList<>();
        List<@Nullable Double> within = new ArrayList<>();
        List<@Nullable Double> between = new ArrayList<>();
        report.measures().forEach((measure, spread) -> {
            names.add(text("equity.measure.short." + measure, locale));
            within.add(spread.disparity().theilWithin());
            between.add(spread.disparity().theilBetween());
        });
        theil.put("categories", names);
        theil.put("series", List.of(Map.of("name", text("equity.digital.within", locale), "values", within),
                Map.of("name", text("equity.digital.between", locale), "values", between)));
        charts.add(json.writeValueAsString(theil));

        Map<String, Object> trend = new LinkedHashMap<>();
        trend.put("kind", "lines");
        trend.put("title", text("equity.digital.trend", locale));
        trend.put("categories", report.trend().stream().map(m -> m.month().toString()).toList());
        trend.put("series", List.of(
                Map.of("name", text("tenancy.locality.URBAN", locale), "values",
                        report.trend().stream().map(DigitalEquityReport.MonthParity::urban).toList()),
                Map.of("name", text("tenancy.locality.RURAL", locale), "values",
                        report.trend().stream().map(DigitalEquityReport.MonthParity::rural).toList())));
        charts.add(json.writeValueAsString(trend));
        return charts;
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
