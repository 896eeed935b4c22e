package org.educloud.assessment.exams;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The data of an exam page's charts, as JSON for the tiles' {@code data-chart} attributes (the pages allow no inline
 * script): the classes compared by score rate per subject, the grade's total in bands, the change since the previous
 * exam; for a family, the child's score rates beside the class's.
 */
@Component
class ExamCharts {

    private final JsonMapper json = JsonMapper.builder().build();
    private final MessageSource messages;

    ExamCharts(MessageSource messages) {
        this.messages = messages;
    }

    List<String> of(ExamReport report, Locale locale) {
        List<String> charts = new ArrayList<>();
        if (!report.anyScores()) {
            return charts;
        }
        List<String> subjects = report.columns().stream().map(c -> c.total() ? text("assessment.exam.total", locale)
                : c.subject()).toList();
        if (report.viewer().family()) {
            for (ExamReport.StudentLine line : report.students()) {
                ExamReport.Group own = report.classes().stream().filter(g -> g.classId() == line.classId())
                        .findFirst().orElse(report.grade());
                List<Object> child = new ArrayList<>();
                for (int i = 0; i < report.columns().size(); i++) {
                    ExamReport.Column column = report.columns().get(i);
                    Double score = column.total() ? line.total() : parse(line.scores().get(i));
                    child.add(score == null ? null : percent(score / column.lines().fullMarks()));
                }
                charts.add(chart(text("assessment.exam.chart.child", locale, line.name()), subjects,
                        List.of(series(line.name(), child), series(text("assessment.exam.classMean", locale),
                                rates(own, report)))));
            }
            return charts;
        }
        List<Map<String, Object>> classes = new ArrayList<>();
        for (ExamReport.Group group : report.classes()) {
            classes.add(series(group.name(), rates(group, report)));
        }
        classes.add(series(text("assessment.exam.grade", locale), rates(report.grade(), report)));
        charts.add(chart(text("assessment.exam.chart.classes", locale), subjects, classes));
        ScoreSummary total = report.grade().figures().getLast();
        if (!total.bands().isEmpty()) {
            List<String> bands = total.bands().stream().map(b -> ScoreCell.number(b.from()) + "–"
                    + ScoreCell.number(b.to())).toList();
            charts.add(chart(text("assessment.exam.chart.bands", locale), bands, List.of(series(
                    text("assessment.exam.students", locale), new ArrayList<>(total.bands().stream()
                            .map(Band::students).toList())))));
        }
        if (report.previous() != null) {
            List<String> names = new ArrayList<>();
            List<Object> before = new ArrayList<>();
            List<Object> now = new ArrayList<>();
            for (ExamReport.Change change : report.changes()) {
                if (change.group().isEmpty()) {
                    names.add(change.subject());
                    before.add(change.before() == null ? null : percent(change.before()));
                    now.add(change.now() == null ? null : percent(change.now()));
                }
            }
            charts.add(chart(text("assessment.exam.chart.change", locale), names, List.of(
                    series(report.previous().name(), before), series(report.exam().name(), now))));
        }
        return charts;
    }

    private static List<Object> rates(ExamReport.Group group, ExamReport report) {
        List<Object> rates = new ArrayList<>();
        for (int i = 0; i < report.columns().size(); i++) {
            Double rate = group.figures().get(i).scoreRate(report.columns().get(i).lines());
            rates.add(rate == null ? null : percent(rate));
        }
        return rates;
    }

    private static Double parse(String text) {
        try {
            return Double.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static double percent(double rate) {
        return Math.round(rate * 1000) / 10.0;
    }

    private static Map<String, Object> series(String name, List<Object> values) {
        Map<String, Object> series = new LinkedHashMap<>();
        series.put("name", name);
        series.put("values", values);
        return series;
    }

    private String chart(String title, List<String> categories, List<Map<String, Object>> series) {
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("title", title);
        chart.put("categories", categories);
        chart.put("series", series);
        return json.writeValueAsString(chart);
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
