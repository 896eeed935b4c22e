package org.educloud.network.dashboard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.educloud.network.connectivity.ConnectivityReach;
import org.educloud.shared.NotFoundException;
import org.educloud.shared.OrgId;
import org.educloud.shared.Scope;
import org.educloud.tenancy.Locality;
import org.educloud.tenancy.OrgNodeView;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/**
 * The bureau's connectivity dashboard, for district and region admins and the district's operations staff: the
 * figures together and by locality with their parity, charts, and the districts or schools to drill down to. A school
 * admin arriving without a bureau is sent to their school's own connectivity page.
 */
@Controller
class DashboardPages {

    private final ComputingConnectivity computing;
    private final ConnectivityReach reach;
    private final MessageSource messages;
    private final JsonMapper json = JsonMapper.builder().build();

    DashboardPages(ComputingConnectivity computing, ConnectivityReach reach, MessageSource messages) {
        this.computing = computing;
        this.reach = reach;
        this.messages = messages;
    }

    @GetMapping("/network/dashboard")
    String dashboard(Scope scope, @RequestParam(required = false) @Nullable Long org, Model model, Locale locale) {
        List<OrgNodeView> bureaus = reach.bureaus(scope);
        if (org == null && bureaus.isEmpty()) {
            List<OrgNodeView> schools = reach.administeredSchools(scope);
            if (schools.isEmpty()) {
                throw new NotFoundException("network.error.notFound");
            }
            return "redirect:/network/schools/" + schools.getFirst().id().value();
        }
        ConnectivityDashboard dashboard = computing.dashboard(scope,
                org == null ? bureaus.getFirst().id() : OrgId.of(org));
        model.addAttribute("dashboard", dashboard);
        model.addAttribute("bureaus", bureaus);
        model.addAttribute("measures", Measure.values());
        model.addAttribute("localities", Locality.values());
        model.addAttribute("imports", scope.canAdminister(dashboard.org().path()));
        model.addAttribute("charts", charts(dashboard, locale));
        return "network/dashboard";
    }

    /** Shares by locality side by side, and bandwidth per student of each district or school. */
    private List<String> charts(ConnectivityDashboard dashboard, Locale locale) {
        List<String> charts = new ArrayList<>();
        List<Map<String, Object>> series = new ArrayList<>();
        List<Measure> shares = List.of(Measure.values()).stream().filter(Measure::share).toList();
        for (Locality locality : Locality.values()) {
            ConnectivityTally tally = dashboard.byLocality().get(locality);
            series.add(Map.of("name", text("tenancy.locality." + locality, locale), "values",
                    shares.stream().map(m -> percent(tally.value(m))).toList()));
        }
        Map<String, Object> byLocality = new LinkedHashMap<>();
        byLocality.put("kind", "grouped");
        byLocality.put("title", text("network.dashboard.chart.shares", locale));
        byLocality.put("unit", "%");
        byLocality.put("categories", shares.stream().map(m -> text("network.measure." + m, locale)).toList());
        byLocality.put("series", series);
        charts.add(json.writeValueAsString(byLocality));

        Map<String, Object> perStudent = new LinkedHashMap<>();
        perStudent.put("kind", "grouped");
        perStudent.put("title", text("network.dashboard.chart.perStudent", locale));
        perStudent.put("unit", "Mbit/s");
        perStudent.put("categories", dashboard.rows().stream().map(ConnectivityDashboard.Row::name).toList());
        perStudent.put("series", List.of(Map.of("name", text("network.measure.MBPS_PER_STUDENT", locale), "values",
                dashboard.rows().stream().map(r -> rounded(r.tally().value(Measure.MBPS_PER_STUDENT))).toList())));
        charts.add(json.writeValueAsString(perStudent));
        return charts;
    }

    private static @Nullable Double percent(@Nullable Double share) {
        return share == null ? null : Math.round(share * 1000) / 10.0;
    }

    private static @Nullable Double rounded(@Nullable Double value) {
        return value == null ? null : Math.round(value * 1000) / 1000.0;
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
