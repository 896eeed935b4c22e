package org.educloud.equity.surveys;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.educloud.equity.EquityReach;
import org.educloud.equity.SchoolYears;
import org.educloud.equity.SurveyFigures;
import org.educloud.equity.SurveyView;
import org.educloud.equity.Surveys;
import org.educloud.maintenance.EquipmentDirectory;
import org.educloud.shared.DomainException;
import org.educloud.shared.FieldRuleViolationException;
import org.educloud.shared.FormErrors;
import org.educloud.shared.NotFoundException;
import org.educloud.shared.OrgId;
import org.educloud.shared.Scope;
import org.educloud.tenancy.OrgNodeView;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The school-condition survey: a district's list of its schools' surveys, and one school's form with the
 * roster counts beside it and the submit / confirm / send-back steps. What a person typed is shown again with
 * the problem beside it; nothing is saved until it is all well-formed.
 */
@Controller
class SurveyPages {

    static final List<String> FIELDS = SurveyFigures.FIELDS;
    private static final int UNPLACED_LISTED = 100;

    private final Surveys surveys;
    private final SchoolYears years;
    private final EquityReach reach;
    private final MessageSource messages;
    private final EquipmentDirectory equipment;

    SurveyPages(Surveys surveys, SchoolYears years, EquityReach reach, MessageSource messages,
                EquipmentDirectory equipment) {
        this.equipment = equipment;
        this.surveys = surveys;
        this.years = years;
        this.reach = reach;
        this.messages = messages;
    }

    /** Bureau admins start at their district's report, school admins at their school's survey. */
    @GetMapping("/equity")
    String start(Scope scope) {
        List<OrgNodeView> districts = reach.districts(scope);
        if (!districts.isEmpty()) {
            return "redirect:/equity/balance?district=" + districts.getFirst().id().value();
        }
        List<OrgNodeView> schools = reach.schools(scope);
        if (!schools.isEmpty()) {
            return "redirect:/equity/surveys/" + schools.getFirst().id().value();
        }
        throw new NotFoundException("equity.error.notFound");
    }

    @GetMapping("/equity/surveys")
    String list(Scope scope, @RequestParam long org, @RequestParam(required = false) @Nullable String year,
                Model model) {
        String schoolYear = year == null ? years.current() : year;
        List<SurveyView> list = surveys.under(scope, OrgId.of(org), schoolYear);
        model.addAttribute("org", org);
        model.addAttribute("year", schoolYear);
        model.addAttribute("years", years.open());
        model.addAttribute("surveys", list);
        model.addAttribute("districts", reach.districts(scope));
        OrgNodeView node = reach.administered(scope, OrgId.of(org));
        model.addAttribute("bulk", !node.isSchool() && surveys.confirms(scope, node.path()));
        return "equity/surveys";
    }

    @GetMapping("/equity/surveys/{school}")
    String form(Scope scope, @PathVariable long school, @RequestParam(required = false) @Nullable String year,
                Model model) {
        SurveyView survey = surveys.of(scope, OrgId.of(school), year == null ? years.current() : year);
        return show(scope, survey, typed(survey.figures()), Map.of(), model);
    }

    @PostMapping("/equity/surveys/{school}")
    String save(Scope scope, @PathVariable long school, @RequestParam String year,
                @RequestParam(required = false) @Nullable Integer version,
                @Valid @ModelAttribute("form") @Nullable SurveyFigures form, BindingResult binding,
                HttpServletRequest request, Model model, Locale locale, RedirectAttributes redirect) {
        OrgId id = OrgId.of(school);
        Map<String, String> typed = typed(request);
        if (form == null || binding.hasErrors()) {
            return show(scope, surveys.of(scope, id, year), typed, FormErrors.of(binding, messages, locale), model);
        }
        try {
            surveys.save(scope, id, year, form, version);
        } catch (DomainException refusal) {
            return show(scope, surveys.of(scope, id, year), typed, errors(refusal, locale), model);
        }
        redirect.addFlashAttribute("notice", "equity.notice.saved");
        return "redirect:/equity/surveys/" + school + "?year=" + year;
    }

    @PostMapping("/equity/surveys/{school}/submit")
    String submit(Scope scope, @PathVariable long school, @RequestParam String year, @RequestParam int version,
                  Model model, Locale locale, RedirectAttributes redirect) {
        return step(scope, school, year, model, locale, redirect, "equity.notice.submitted",
                () -> surveys.submit(scope, OrgId.of(school), year, version));
    }

    @PostMapping("/equity/surveys/{school}/confirm")
    String confirm(Scope scope, @PathVariable long school, @RequestParam String year, @RequestParam int version,
                   Model model, Locale locale, RedirectAttributes redirect) {
        return step(scope, school, year, model, locale, redirect, "equity.notice.confirmed",
                () -> surveys.confirm(scope, OrgId.of(school), year, version));
    }

    @PostMapping("/equity/surveys/{school}/return")
    String sendBack(Scope scope, @PathVariable long school, @RequestParam String year, @RequestParam int version,
                    @RequestParam(required = false) @Nullable String reason, Model model, Locale locale,
                    RedirectAttributes redirect) {
        return step(scope, school, year, model, locale, redirect, "equity.notice.returned",
                () -> surveys.sendBack(scope, OrgId.of(school), year, version, reason));
    }

    private String step(Scope scope, long school, String year, Model model, Locale locale,
                        RedirectAttributes redirect, String notice, Runnable action) {
        try {
            action.run();
        } catch (NotFoundException e) {
            throw e;
        } catch (DomainException refusal) {
            SurveyView survey = surveys.of(scope, OrgId.of(school), year);
            return show(scope, survey, typed(survey.figures()), errors(refusal, locale), model);
        }
        redirect.addFlashAttribute("notice", notice);
        return "redirect:/equity/surveys/" + school + "?year=" + year;
    }

    private String show(Scope scope, SurveyView survey, Map<String, String> typed, Map<String, String> errors,
                        Model model) {
        model.addAttribute("survey", survey);
        model.addAttribute("typed", typed);
        model.addAttribute("errors", errors);
        model.addAttribute("fields", FIELDS);
        model.addAttribute("open", years.open().contains(survey.schoolYear()));
        model.addAttribute("years", years.open());
        model.addAttribute("confirms", surveys.confirms(scope, survey.schoolPath()));
        // the inventory's counts are a suggestion beside the school's own figures, never copied into them
        model.addAttribute("inventory", equipment.countsOf(survey.school()));
        Integer unplaced = survey.counts().studentsWithoutHomeroom();
        model.addAttribute("unplacedStage", surveys.singleStage(scope, survey.school()));
        // the names are the roster's now: shown while the counts are live, not beside a submitted survey's
        model.addAttribute("unplaced", unplaced != null && unplaced > 0 && survey.status().editable()
                ? surveys.unplaced(scope, survey.school(), UNPLACED_LISTED) : List.of());
        return "equity/survey";
    }

    private Map<String, String> errors(DomainException refusal, Locale locale) {
        String field = refusal instanceof FieldRuleViolationException f ? f.field() : "";
        return FormErrors.of(refusal, field, messages, locale);
    }

    private static Map<String, String> typed(HttpServletRequest request) {
        Map<String, String> typed = new LinkedHashMap<>();
        for (String field : FIELDS) {
            String value = request.getParameter(field);
            typed.put(field, value == null ? "" : value);
        }
        return typed;
    }

    private static Map<String, String> typed(SurveyFigures f) {
        List<@Nullable Object> values = f.values();
        Map<String, String> typed = new LinkedHashMap<>();
        for (int i = 0; i < FIELDS.size(); i++) {
            Object value = values.get(i);
            typed.put(FIELDS.get(i), value == null ? "" : value instanceof BigDecimal d
                    ? d.stripTrailingZeros().toPlainString() : value.toString());
        }
        return typed;
    }
}
