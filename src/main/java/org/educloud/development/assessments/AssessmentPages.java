package org.educloud.development.assessments;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.educloud.shared.Scope;
import org.educloud.shared.UserId;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The teacher's own self-assessment (rate every indicator beside the platform's evidence), and a teacher's
 * assessment as their school reads and reviews it. Ratings arrive as {@code level_<indicator id>} and
 * {@code note_<indicator id>}, a review's levels as {@code leader_<indicator id>}.
 */
@Controller
class AssessmentPages {

    private final SelfAssessments assessments;
    private final MessageSource messages;

    AssessmentPages(SelfAssessments assessments, MessageSource messages) {
        this.assessments = assessments;
        this.messages = messages;
    }

    @GetMapping("/development/assessment")
    String mine(Scope scope, @RequestParam(required = false) @Nullable Long framework,
                @RequestParam(required = false) @Nullable String period, Model model) {
        model.addAttribute("sheet", assessments.mine(scope, framework, period));
        model.addAttribute("own", true);
        return "development/assessment";
    }

    /** A level that is no number at all is off the scale just as 9 is: the same message, never a 500. */
    @PostMapping("/development/assessment")
    String rate(Scope scope, @RequestParam long framework, @RequestParam Map<String, String> form, Model model,
                Locale locale, HttpServletResponse response) {
        Map<Long, Integer> levels = new LinkedHashMap<>();
        Map<Long, String> notes = new LinkedHashMap<>();
        Map<String, String> errors = new LinkedHashMap<>();
        read(form, "level_", levels, errors, locale);
        form.forEach((name, value) -> {
            Long id = idAfter(name, "note_");
            if (id != null) {
                notes.put(id, value);
            }
        });
        try {
            if (errors.isEmpty()) {
                assessments.rate(scope, framework, levels, notes);
                return "redirect:/development/assessment?framework=" + framework + "&saved";
            }
        } catch (RatingsRefused refused) {
            refused.problems().forEach((field, p) -> errors.putIfAbsent(field,
                    messages.getMessage(p.messageKey(), p.arguments().toArray(), locale)));
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("sheet", assessments.mine(scope, framework, null));
        model.addAttribute("own", true);
        model.addAttribute("errors", errors);
        model.addAttribute("entered", form);
        return "development/assessment";
    }

    @GetMapping("/development/teachers/{teacher}/assessment")
    String ofTeacher(Scope scope, @PathVariable long teacher, @RequestParam(required = false) @Nullable Long framework,
                     @RequestParam(required = false) @Nullable String period, Model model) {
        model.addAttribute("sheet", assessments.ofTeacher(scope, new UserId(teacher), framework, period));
        model.addAttribute("own", false);
        return "development/assessment";
    }

    @PostMapping("/development/teachers/{teacher}/assessment/review")
    String review(Scope scope, @PathVariable long teacher, @RequestParam long framework, @RequestParam String period,
                  @RequestParam Map<String, String> form, Model model, Locale locale, HttpServletResponse response) {
        Map<Long, Integer> levels = new LinkedHashMap<>();
        Map<String, String> errors = new LinkedHashMap<>();
        read(form, "leader_", levels, errors, locale);
        try {
            if (errors.isEmpty()) {
                assessments.review(scope, new UserId(teacher), framework, period, levels, form.get("reviewNote"));
                return "redirect:/development/teachers/" + teacher + "/assessment?framework=" + framework + "&period="
                        + period + "&reviewed";
            }
        } catch (RatingsRefused refused) {
            refused.problems().forEach((field, p) -> errors.putIfAbsent(field,
                    messages.getMessage(p.messageKey(), p.arguments().toArray(), locale)));
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("sheet", assessments.ofTeacher(scope, new UserId(teacher), framework, period));
        model.addAttribute("own", false);
        model.addAttribute("errors", errors);
        model.addAttribute("entered", form);
        return "development/assessment";
    }

    /** Levels by indicator id from fields named prefix + id; blank ones are left out (a review need not rate all). */
    private void read(Map<String, String> form, String prefix, Map<Long, Integer> levels, Map<String, String> errors,
                      Locale locale) {
        form.forEach((name, value) -> {
            Long id = idAfter(name, prefix);
            if (id == null || value.isBlank()) {
                return;
            }
            try {
                levels.put(id, Integer.parseInt(value.strip()));
            } catch (NumberFormatException e) {
                errors.put(name, messages.getMessage("development.rating.notANumber", null, locale));
            }
        });
    }

    private static @Nullable Long idAfter(String name, String prefix) {
        if (!name.startsWith(prefix)) {
            return null;
        }
        try {
            return Long.parseLong(name.substring(prefix.length()));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
