package org.educloud.equity.digital;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.educloud.shared.OrgId;
import org.educloud.shared.Scope;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/** The drill-down from a school to its classes, for the school's admins and the bureaus above it. */
@Controller
class ClassPages {

    private final ComparingClasses classes;
    private final MessageSource messages;
    private final JsonMapper json = JsonMapper.builder().build();

    ClassPages(ComparingClasses classes, MessageSource messages) {
        this.classes = classes;
        this.messages = messages;
    }

    @GetMapping("/equity/schools/{school}/classes")
    String classes(Scope scope, @PathVariable long school,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
                   Model model, Locale locale) {
        SchoolClasses found = classes.of(scope, OrgId.of(school), from, to);
        model.addAttribute("classes", found);
        model.addAttribute("smallest", DigitalEquityReport.SMALLEST_GROUP);
        model.addAttribute("districtVisible", found.district() != null && classes.reportsOn(scope, found.district()));
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("kind", "stacked");
        chart.put("title", messages.getMessage("equity.classes.chart", null, locale));
        chart.put("categories", found.classes().stream().map(SchoolClasses.ClassLine::name).toList());
        chart.put("series", List.of(
                Map.of("name", messages.getMessage("equity.classes.submissionRate", null, locale),
                        "values", found.classes().stream().map(c -> percent(c.submissionRate())).toList())));
        model.addAttribute("charts", List.of(json.writeValueAsString(chart)));
        return "equity/classes";
    }

    private static @Nullable Double percent(@Nullable Double rate) {
        return rate == null ? null : Math.round(rate * 1000) / 10.0;
    }
}
