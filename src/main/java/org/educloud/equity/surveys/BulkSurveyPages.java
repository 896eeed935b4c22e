package org.educloud.equity.surveys;

import org.educloud.equity.SchoolYears;
import org.educloud.shared.OrgId;
import org.educloud.shared.Scope;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Bulk submit and bulk confirm of a bureau's surveys: a preview page listing the schools that will be done and
 * those that will not (with the reason), whose button posts exactly the previewed surveys and versions.
 */
@Controller
class BulkSurveyPages {

    private static final int NAMES_SHOWN = 20;


    private final BulkSurveys bulk;
    private final SchoolYears years;

    BulkSurveyPages(BulkSurveys bulk, SchoolYears years) {
        this.bulk = bulk;
        this.years = years;
    }

    @GetMapping("/equity/surveys/bulk")
    String preview(Scope scope, @RequestParam long org, @RequestParam(required = false) @Nullable String year,
                   @RequestParam BulkSurveys.Action action, Model model) {
        model.addAttribute("plan", bulk.preview(scope, OrgId.of(org), year == null ? years.current() : year, action));
        return "equity/survey-bulk";
    }

    @PostMapping("/equity/surveys/bulk")
    String apply(Scope scope, @RequestParam long org, @RequestParam String year,
                 @RequestParam BulkSurveys.Action action, @RequestParam(required = false) @Nullable String plan,
                 RedirectAttributes redirect) {
        BulkSurveys.Outcome outcome = bulk.apply(scope, OrgId.of(org), year, action, plan);
        // flash attributes travel in a cookie: plain values, and at most a few names
        redirect.addFlashAttribute("bulkDone", outcome.done());
        redirect.addFlashAttribute("bulkLeftAlone", outcome.leftAlone().size());
        redirect.addFlashAttribute("bulkLeftAloneNames", String.join("、",
                outcome.leftAlone().subList(0, Math.min(NAMES_SHOWN, outcome.leftAlone().size()))));
        return "redirect:/equity/surveys?org=" + org + "&year=" + year;
    }
}
