package org.educloud.assessment.exams;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.educloud.roster.RosterDirectory;
import org.educloud.roster.TermView;
import org.educloud.shared.DomainException;
import org.educloud.shared.FieldRuleViolationException;
import org.educloud.shared.ForbiddenException;
import org.educloud.shared.NotFoundException;
import org.educloud.shared.Scope;
import org.educloud.tenancy.OrgNodeView;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The exams a caller reaches, the form a school's admin defines one with (subjects one a line, "语文 120"), the
 * school's rank rule, and an exam's analysis page with its charts.
 */
@Controller
class ExamPages {

    private final Exams exams;
    private final ScoreAnalysis analysis;
    private final ExamAccess access;
    private final ExamCharts charts;
    private final RosterDirectory roster;
    private final MessageSource messages;

    ExamPages(Exams exams, ScoreAnalysis analysis, ExamAccess access, ExamCharts charts, RosterDirectory roster,
              MessageSource messages) {
        this.exams = exams;
        this.analysis = analysis;
        this.access = access;
        this.charts = charts;
        this.roster = roster;
        this.messages = messages;
    }

    @GetMapping("/assessment/exams")
    String list(Scope scope, Model model) {
        model.addAttribute("exams", exams.reachable(scope));
        List<OrgNodeView> schools = exams.schoolsToExamine(scope);
        model.addAttribute("schools", schools);
        Map<Long, List<TermView>> terms = new LinkedHashMap<>();
        Map<Long, Boolean> ranks = new LinkedHashMap<>();
        for (OrgNodeView school : schools) {
            terms.put(school.id().value(), roster.terms(scope, school.id()));
            ranks.put(school.id().value(), exams.ranksToFamilies(school.id().value()));
        }
        model.addAttribute("terms", terms);
        model.addAttribute("ranks", ranks);
        model.addAttribute("today", LocalDate.now());
        return "assessment/exams";
    }

    @PostMapping("/assessment/exams")
    String define(Scope scope, @RequestParam long schoolId, @RequestParam(defaultValue = "") String name,
                  @RequestParam(defaultValue = "") String heldOn, @RequestParam long termId,
                  @RequestParam(defaultValue = "0") int grade, @RequestParam(defaultValue = "") String subjects,
                  @RequestParam(defaultValue = "60") int passPercent,
                  @RequestParam(defaultValue = "85") int excellentPercent, Model model, Locale locale,
                  HttpServletResponse response) {
        try {
            long id = exams.define(scope, schoolId, new ExamDraft(name, date(heldOn), termId, grade,
                    subjects(subjects), passPercent, excellentPercent));
            return "redirect:/assessment/exams/" + id;
        } catch (ForbiddenException | NotFoundException e) {
            throw e;
        } catch (DomainException refused) {
            response.setStatus(422);
            model.addAttribute("problemText", messages.getMessage(refused.messageKey(), refused.arguments(), locale));
            return list(scope, model);
        }
    }

    @PostMapping("/assessment/schools/{schoolId}/score-privacy")
    String privacy(Scope scope, @PathVariable long schoolId, @RequestParam(defaultValue = "false") boolean ranks) {
        exams.showRanksToFamilies(scope, schoolId, ranks);
        return "redirect:/assessment/exams";
    }

    @GetMapping("/assessment/exams/{examId}")
    String exam(Scope scope, @PathVariable long examId, Model model, Locale locale) {
        ExamReport report = analysis.report(scope, examId);
        model.addAttribute("report", report);
        model.addAttribute("enterable", access.classes(scope, report.exam(), report.viewer()));
        model.addAttribute("charts", charts.of(report, locale));
        return "assessment/exam";
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new FieldRuleViolationException("heldOn", "assessment.exam.error.date");
        }
    }

    /** "语文 120" one a line (a colon, a comma or a tab may stand between); full marks default to 100. */
    static List<ExamSubject> subjects(String text) {
        List<ExamSubject> subjects = new ArrayList<>();
        String[] lines = text.split("[\\r\\n；;]+");
        if (lines.length > Exams.MAX_SUBJECTS) {
            throw new FieldRuleViolationException("subjects", "assessment.exam.error.subjects", Exams.MAX_SUBJECTS);
        }
        for (String line : lines) {
            String l = line.strip();
            if (l.isEmpty()) {
                continue;
            }
            String[] parts = l.split("\\s*[\\s:：,，\\t]\\s*");
            double full = 100;
            if (parts.length > 2) {
                throw new FieldRuleViolationException("subjects", "assessment.exam.error.subjectLine", l);
            }
            if (parts.length == 2) {
                try {
                    full = Double.parseDouble(parts[1]);
                } catch (NumberFormatException e) {
                    throw new FieldRuleViolationException("subjects", "assessment.exam.error.subjectLine", l);
                }
            }
            subjects.add(new ExamSubject(parts[0], full));
        }
        return subjects;
    }

}
