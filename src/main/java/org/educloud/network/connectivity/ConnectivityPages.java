package org.educloud.network.connectivity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.educloud.network.AccessType;
import org.educloud.network.ChangeSource;
import org.educloud.network.ConnectivityDraft;
import org.educloud.network.ConnectivityView;
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
 * A school's connectivity page: the current declaration, the form its admins (and their bureaus' admins) change it
 * with, and every earlier version with who changed it. Operations staff read it without the form. What a person
 * typed is shown again with the problem beside it; nothing is saved until it is all well-formed.
 */
@Controller
class ConnectivityPages {

    private final RecordingConnectivity registry;
    private final ConnectivityReach reach;
    private final MessageSource messages;

    ConnectivityPages(RecordingConnectivity registry, ConnectivityReach reach, MessageSource messages) {
        this.registry = registry;
        this.reach = reach;
        this.messages = messages;
    }

    @GetMapping("/network/schools/{school}")
    String show(Scope scope, @PathVariable long school, Model model) {
        OrgNodeView node = reach.school(scope, OrgId.of(school));
        ConnectivityView current = registry.current(scope, node.id()).orElse(null);
        return page(scope, node, current, typed(current), Map.of(), model);
    }

    @PostMapping("/network/schools/{school}")
    String save(Scope scope, @PathVariable long school, @RequestParam(required = false) @Nullable Long version,
                @Valid @ModelAttribute("form") @Nullable ConnectivityDraft form, BindingResult binding,
                HttpServletRequest request, Model model, Locale locale, RedirectAttributes redirect) {
        OrgNodeView node = reach.editableSchool(scope, OrgId.of(school));
        if (form == null || binding.hasErrors()) {
            return page(scope, node, registry.current(scope, node.id()).orElse(null), typed(request),
                    FormErrors.of(binding, messages, locale), model);
        }
        try {
            registry.record(scope, node.id(), form, ChangeSource.FORM, version);
        } catch (NotFoundException e) {
            throw e;
        } catch (DomainException refusal) {
            String field = refusal instanceof FieldRuleViolationException f ? f.field() : "";
            return page(scope, node, registry.current(scope, node.id()).orElse(null), typed(request),
                    FormErrors.of(refusal, field, messages, locale), model);
        }
        redirect.addFlashAttribute("notice", "network.notice.saved");
        return "redirect:/network/schools/" + school;
    }

    private String page(Scope scope, OrgNodeView school, @Nullable ConnectivityView current,
                        Map<String, String> typed, Map<String, String> errors, Model model) {
        model.addAttribute("school", school);
        model.addAttribute("current", current);
        model.addAttribute("history", registry.history(scope, school.id()));
        model.addAttribute("editable", scope.canAdminister(school.path()));
        model.addAttribute("typed", typed);
        model.addAttribute("errors", errors);
        model.addAttribute("accessTypes", List.of(AccessType.values()));
        return "network/school";
    }

    private static Map<String, String> typed(HttpServletRequest request) {
        Map<String, String> typed = new LinkedHashMap<>();
        for (String field : ConnectivityDraft.FIELDS) {
            String value = request.getParameter(field);
            typed.put(field, value == null ? "" : value);
        }
        return typed;
    }

    private static Map<String, String> typed(@Nullable ConnectivityView current) {
        Map<String, String> typed = new LinkedHashMap<>();
        ConnectivityDraft d = current == null ? null : current.draft();
        typed.put("accessType", d == null ? "" : d.accessType().name());
        typed.put("provider", d == null || d.provider() == null ? "" : d.provider());
        typed.put("contractedDownMbps", text(d == null ? null : d.contractedDownMbps()));
        typed.put("contractedUpMbps", text(d == null ? null : d.contractedUpMbps()));
        typed.put("wiredCoverage", d != null && d.wiredCoverage() ? "true" : "");
        typed.put("wirelessCoverage", d != null && d.wirelessCoverage() ? "true" : "");
        typed.put("classrooms", text(d == null ? null : d.classrooms()));
        typed.put("multimediaClassrooms", text(d == null ? null : d.multimediaClassrooms()));
        typed.put("teachingTerminals", text(d == null ? null : d.teachingTerminals()));
        return typed;
    }

    private static String text(@Nullable Integer value) {
        return value == null ? "" : value.toString();
    }
}
