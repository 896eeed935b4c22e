package org.educloud.network.status;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.educloud.shared.RuleViolationException;
import org.educloud.shared.Scope;
import org.educloud.tenancy.OrgNodeView;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/**
 * The status wall of the schools below a bureau, a school's line (the last two days hour by hour, its incidents
 * and latest measurements), and availability per month by school and locality.
 */
@Controller
class StatusPages {

    private static final Duration DRILL_DOWN = Duration.ofHours(48);
    private static final int MAX_ROWS = 500;
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("MM-dd HH:00").withZone(ZoneOffset.UTC);

    private final WallReach reach;
    private final StatusWall wall;
    private final StatusReads reads;
    private final Availability availability;
    private final MessageSource messages;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();

    StatusPages(WallReach reach, StatusWall wall, StatusReads reads, Availability availability,
                MessageSource messages, Clock clock) {
        this.reach = reach;
        this.wall = wall;
        this.reads = reads;
        this.availability = availability;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/network/status")
    String wall(Scope scope, @RequestParam(required = false) @Nullable Long org,
                @RequestParam(required = false) @Nullable LineStatus only, Model model) {
        OrgNodeView node = reach.node(scope, org);
        StatusWall.Wall shown = wall.wall(node);
        model.addAttribute("wall", shown);
        List<SchoolLine> lines = only == null ? shown.schools()
                : shown.schools().stream().filter(line -> line.status() == only).toList();
        // worst first, so the rows left off a county of thousands of schools are the ones that are up
        model.addAttribute("lines", lines.subList(0, Math.min(lines.size(), MAX_ROWS)));
        model.addAttribute("more", Math.max(0, lines.size() - MAX_ROWS));
        model.addAttribute("only", only);
        model.addAttribute("statuses", LineStatus.values());
        model.addAttribute("choices", reach.choices(scope));
        model.addAttribute("now", clock.instant());
        return "network/status";
    }

    @GetMapping("/network/status/schools/{school}")
    String school(Scope scope, @PathVariable long school, Model model, Locale locale) {
        OrgNodeView node = reach.school(scope, school);
        Instant now = clock.instant();
        SchoolLine line = wall.wall(node).schools().getFirst();
        List<StatusReads.Hour> hours = reads.hours(school, now.minus(DRILL_DOWN));
        Integer contracted = reads.contractedDown(school);
        model.addAttribute("school", node);
        model.addAttribute("line", line);
        model.addAttribute("contracted", contracted);
        model.addAttribute("hours", hours);
        model.addAttribute("incidents", reads.incidents(school, 20));
        model.addAttribute("measurements", reads.latestMeasurements(school, now.minus(DRILL_DOWN), 20));
        model.addAttribute("charts", charts(hours, contracted, locale));
        model.addAttribute("canManage", scope.canAdminister(node.path()));
        model.addAttribute("now", now);
        return "network/school-status";
    }

    @GetMapping("/network/availability")
    String availability(Scope scope, @RequestParam(required = false) @Nullable Long org,
                        @RequestParam(required = false) @Nullable String month, Model model, Locale locale) {
        OrgNodeView node = reach.node(scope, org);
        YearMonth current = YearMonth.now(clock.withZone(ZoneOffset.UTC));
        YearMonth shown = parse(month, current);
        Availability.Report report = availability.month(node, shown);
        model.addAttribute("report", report);
        // worst first, and not thousands of rows: the localities above sum up every school
        List<Availability.SchoolMonth> schools = report.schools().stream()
                .sorted(java.util.Comparator.comparing(Availability.SchoolMonth::percent,
                        java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()))).toList();
        model.addAttribute("schools", schools.subList(0, Math.min(schools.size(), MAX_ROWS)));
        model.addAttribute("more", Math.max(0, schools.size() - MAX_ROWS));
        model.addAttribute("choices", reach.choices(scope));
        model.addAttribute("months", java.util.stream.IntStream.range(0, 12).mapToObj(current::minusMonths).toList());
        List<String> categories = report.localities().stream()
                .map(l -> messages.getMessage("tenancy.locality." + l.locality(), null, l.locality().name(), locale))
                .toList();
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("title", messages.getMessage("network.availability.byLocality", null, locale));
        chart.put("categories", categories);
        chart.put("values", report.localities().stream().map(Availability.LocalityMonth::percent).toList());
        chart.put("line", 99.0);
        chart.put("lineLabel", messages.getMessage("network.availability.target", null, locale));
        model.addAttribute("chart", json.writeValueAsString(chart));
        return "network/availability";
    }

    private static YearMonth parse(@Nullable String month, YearMonth current) {
        if (month == null || month.isBlank()) {
            return current;
        }
        try {
            YearMonth parsed = YearMonth.parse(month);
            if (parsed.isAfter(current) || parsed.isBefore(current.minusYears(5))) {
                throw new RuleViolationException("network.availability.badMonth");
            }
            return parsed;
        } catch (java.time.format.DateTimeParseException e) {
            throw new RuleViolationException("network.availability.badMonth");
        }
    }

    private List<String> charts(List<StatusReads.Hour> hours, @Nullable Integer contracted, Locale locale) {
        List<String> categories = hours.stream().map(h -> HOUR.format(h.hour())).toList();
        Map<String, Object> speed = lines(text("network.school.chart.speed", locale), categories, List.of(
                series(text("network.measure.download", locale), hours.stream().map(StatusReads.Hour::downloadMbps)
                        .toList()),
                series(text("network.measure.upload", locale), hours.stream().map(StatusReads.Hour::uploadMbps)
                        .toList())));
        if (contracted != null && contracted > 0) {
            speed.put("line", contracted);
            speed.put("lineLabel", text("network.school.contracted", locale));
        }
        Map<String, Object> latency = lines(text("network.school.chart.latency", locale), categories, List.of(
                series(text("network.measure.latency", locale), hours.stream().map(StatusReads.Hour::latencyMs)
                        .toList()),
                series(text("network.measure.lossPercent", locale), hours.stream()
                        .map(h -> h.loss() == null ? null : Math.round(h.loss() * 1000) / 10.0).toList())));
        List<String> charts = new ArrayList<>();
        charts.add(json.writeValueAsString(speed));
        charts.add(json.writeValueAsString(latency));
        return charts;
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
        series.put("values", values.stream().map(v -> v == null ? null : Math.round(v * 10) / 10.0).toList());
        return series;
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
