package org.educloud.equity.digital;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.educloud.equity.EquityReach;
import org.educloud.development.TrainingFigures;
import org.educloud.network.ConnectivityFigures;
import org.educloud.network.LocalityBandwidth;
import org.educloud.shared.NotFoundException;
import org.educloud.shared.OrgId;
import org.educloud.shared.Scope;
import org.educloud.tutoring.MasteryFigures;
import org.educloud.tutoring.MasteryGroup;
import org.educloud.tutoring.StudentGroup;
import org.educloud.tenancy.OrgNodeView;
import org.educloud.tenancy.TenancyManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/**
 * Digital-resource and outcome equity for bureau admins: the spread of each measure across schools (Gini, Theil
 * with its urban/rural decomposition, parity), the Lorenz curve of resource use, the monthly rural/urban parity,
 * outcomes by group with small groups kept back, and every school's figures.
 */
@Controller
class DigitalPages {

    /** More schools than this are summed up by district, each a link to its own report. */
    static final int LONGEST_SCHOOL_TABLE = 200;

    private final ComputingDigitalEquity digital;
    private final EquityReach reach;
    private final TenancyManagement tenancy;
    private final MessageSource messages;
    private final MasteryFigures mastery;
    private final ConnectivityFigures connectivity;
    private final TrainingFigures training;
    private final JsonMapper json = JsonMapper.builder().build();

    DigitalPages(ComputingDigitalEquity digital, EquityReach reach, TenancyManagement tenancy,
                 MessageSource messages, MasteryFigures mastery, ConnectivityFigures connectivity,
                 TrainingFigures training) {
        this.mastery = mastery;
        this.training = training;
        this.connectivity = connectivity;
        this.tenancy = tenancy;
        this.digital = digital;
        this.reach = reach;
        this.messages = messages;
    }

    @GetMapping("/equity/digital")
    String report(Scope scope, @RequestParam(required = false) @Nullable Long org,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
                  Model model, Locale locale) {
        List<OrgNodeView> bureaus = reach.bureaus(scope);
        if (org == null && bureaus.isEmpty()) {
            throw new NotFoundException("equity.error.notFound");
        }
        DigitalEquityReport report = digital.report(scope, org == null ? bureaus.getFirst().id() : OrgId.of(org),
                from, to);
        model.addAttribute("report", report);
        model.addAttribute("bureaus", bureaus);
        model.addAttribute("measures", DigitalMeasure.values());
        model.addAttribute("charts", charts(report, locale));
        model.addAttribute("smallestGroup", DigitalEquityReport.SMALLEST_GROUP);
        boolean summed = report.schools().size() > LONGEST_SCHOOL_TABLE;
        model.addAttribute("summed", summed);
        model.addAttribute("districts", summed ? tenancy.children(scope, report.org()) : List.of());
        model.addAttribute("masteries", masteryTable(scope, report.org()));
        model.addAttribute("masteryGroups", StudentGroup.values());
        List<LocalityBandwidth> bandwidth = connectivity.bandwidthByLocality(scope, report.org());
        model.addAttribute("bandwidth", bandwidth);
        model.addAttribute("bandwidthParity", bandwidthParity(bandwidth));
        model.addAttribute("training", training.byLocality(scope, report.org()));
        model.addAttribute("trainingSmallest", TrainingFigures.SMALLEST_GROUP);
        return "equity/digital";
    }

    /** Knowledge point → group → mean mastery, in teaching order, for the table beside the outcomes. */
    private Map<String, Map<StudentGroup, MasteryGroup>> masteryTable(Scope scope, OrgId org) {
        Map<String, Map<StudentGroup, MasteryGroup>> table = new LinkedHashMap<>();
        OrgNodeView node = tenancy.visible(scope, org);
        for (MasteryGroup group : mastery.byGroup(scope, node.path(), DigitalEquityReport.SMALLEST_GROUP)) {
            table.computeIfAbsent(group.knowledgePoint(), k -> new java.util.EnumMap<>(StudentGroup.class))
                    .put(group.group(), group);
        }
        return table;
    }

    /** Rural over urban contracted bandwidth per student, as the other measures' parity (DOMAIN §3). */
    private static ParityIndex bandwidthParity(List<LocalityBandwidth> bandwidth) {
        Double urban = null;
        Double rural = null;
        for (LocalityBandwidth b : bandwidth) {
            if (b.locality() == org.educloud.tenancy.Locality.URBAN) {
                urban = b.mbpsPerStudent();
            } else if (b.locality() == org.educloud.tenancy.Locality.RURAL) {
                rural = b.mbpsPerStudent();
            }
        }
        return urban == null || rural == null ? ParityIndex.undefined() : ParityIndex.of(rural, urban);
    }

    private List<String> charts(DigitalEquityReport report, Locale locale) {
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
