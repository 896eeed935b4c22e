package org.educloud.schoolday.timetables;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.educloud.roster.TermView;
import org.educloud.shared.DomainException;
import org.educloud.shared.ForbiddenException;
import org.educloud.shared.NotFoundException;
import org.educloud.shared.Scope;
import org.educloud.tenancy.OrgNodeView;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A school's bell schedule for a term, as its admins keep it: the periods of the day with their times and kinds. */
@Controller
class BellPages {

    private final BellSchedules bells;
    private final SchoolClasses classes;
    private final MessageSource messages;

    BellPages(BellSchedules bells, SchoolClasses classes, MessageSource messages) {
        this.bells = bells;
        this.classes = classes;
        this.messages = messages;
    }

    @GetMapping("/schoolday/schools/{schoolId}/bells")
    String bells(Scope scope, @PathVariable long schoolId, @RequestParam(required = false) @Nullable Long term,
                 Model model) {
        return page(scope, schoolId, term, model);
    }

    @PostMapping("/schoolday/schools/{schoolId}/bells")
    String setPeriod(Scope scope, @PathVariable long schoolId, @RequestParam long term, @RequestParam int position,
                     @RequestParam String label, @RequestParam PeriodKind kind, @RequestParam String startsAt,
                     @RequestParam String endsAt, Model model, Locale locale, HttpServletResponse response) {
        try {
            bells.setPeriod(scope, schoolId, term, new BellPeriod(position, label, kind, time(startsAt), time(endsAt)));
        } catch (ForbiddenException | NotFoundException e) {
            throw e;
        } catch (DomainException refused) {
            response.setStatus(refused instanceof org.educloud.shared.ConflictException ? 409 : 422);
            model.addAttribute("problemText", messages.getMessage(refused.messageKey(), refused.arguments(), locale));
            return page(scope, schoolId, term, model);
        }
        return "redirect:/schoolday/schools/" + schoolId + "/bells?term=" + term;
    }

    @PostMapping("/schoolday/schools/{schoolId}/bells/delete")
    String removePeriod(Scope scope, @PathVariable long schoolId, @RequestParam long term, @RequestParam int position,
                        Model model, Locale locale, HttpServletResponse response) {
        try {
            bells.removePeriod(scope, schoolId, term, position);
        } catch (org.educloud.shared.ConflictException refused) {
            response.setStatus(409);
            model.addAttribute("problemText", messages.getMessage(refused.messageKey(), refused.arguments(), locale));
            return page(scope, schoolId, term, model);
        }
        return "redirect:/schoolday/schools/" + schoolId + "/bells?term=" + term;
    }

    private String page(Scope scope, long schoolId, @Nullable Long term, Model model) {
        OrgNodeView school = classes.managedSchool(scope, schoolId);
        List<TermView> terms = bells.terms(scope, schoolId);
        TermView chosen = terms.stream().filter(t -> term == null || t.id().value() == term).findFirst()
                .orElseThrow(() -> new NotFoundException("schoolday.error.termNotFound"));
        model.addAttribute("school", school);
        model.addAttribute("terms", terms);
        model.addAttribute("term", chosen);
        model.addAttribute("periods", bells.of(schoolId, chosen.id().value()).map(s -> bells.periods(s.id()))
                .orElse(List.of()));
        model.addAttribute("kinds", PeriodKind.values());
        return "schoolday/bells";
    }

    private static LocalTime time(String text) {
        try {
            return LocalTime.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new org.educloud.shared.FieldRuleViolationException("startsAt", "schoolday.error.time");
        }
    }
}
