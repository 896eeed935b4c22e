package org.educloud.tenancy.orgs;

import jakarta.validation.Valid;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import org.educloud.shared.ConflictException;
import org.educloud.shared.FormErrors;
import org.educloud.shared.OrgId;
import org.educloud.shared.PageSlice;
import org.educloud.shared.RuleViolationException;
import org.educloud.shared.Scope;
import org.educloud.tenancy.BureauDraft;
import org.educloud.tenancy.Locality;
import org.educloud.tenancy.OrgKind;
import org.educloud.tenancy.OrgNodeView;
import org.educloud.tenancy.OrgQuery;
import org.educloud.tenancy.OrgStatus;
import org.educloud.tenancy.SchoolDraft;
import org.educloud.tenancy.Stage;
import org.educloud.tenancy.TenancyManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The org tree in pages: search, look at a bureau or school, and (for bureau admins) add, edit and close. */
@Controller
@RequestMapping("/orgs")
class OrgPages {

    private static final int PAGE_SIZE = 20;

    private final TenancyManagement tenancy;
    private final MessageSource messages;

    OrgPages(TenancyManagement tenancy, MessageSource messages) {
        this.tenancy = tenancy;
        this.messages = messages;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("kinds", OrgKind.values());
        model.addAttribute("localities", Locality.values());
        model.addAttribute("allStages", Stage.values());
        model.addAttribute("statuses", OrgStatus.values());
    }

    @GetMapping
    String list(Scope scope, @RequestParam(required = false) @Nullable String q,
                @RequestParam(required = false) @Nullable OrgKind kind,
                @RequestParam(required = false) @Nullable Locality locality,
                @RequestParam(required = false) @Nullable Stage stage,
                @RequestParam(required = false) @Nullable OrgStatus status,
                @RequestParam(defaultValue = "0") int page,
                @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
        requireStaff(scope);
        OrgQuery query = new OrgQuery(q, kind, locality, stage, status);
        PageSlice<OrgNodeView> results = tenancy.search(scope, query, page, PAGE_SIZE);
        model.addAttribute("query", query);
        model.addAttribute("results", results);
        model.addAttribute("roots", tenancy.roots(scope));
        model.addAttribute("canRegisterRegion", scope.isOperator());
        return htmx != null ? "tenancy/orgs :: results" : "tenancy/orgs";
    }

    @GetMapping("/{id}")
    String detail(Scope scope, @PathVariable long id, Model model) {
        requireStaff(scope);
        OrgNodeView node = tenancy.visible(scope, OrgId.of(id));
        model.addAttribute("node", node);
        model.addAttribute("lineage", tenancy.lineage(node.id()));
        model.addAttribute("children", node.isSchool() ? java.util.List.of() : tenancy.children(scope, node.id()));
        model.addAttribute("canManage", tenancy.canManage(scope, node));
        model.addAttribute("canAddChild", !node.isSchool() && node.isActive() && scope.canAdminister(node.path()));
        if (!node.isSchool()) {
            model.addAttribute("figures", tenancy.figures(scope, node.id()));
        }
        return "tenancy/org";
    }

    @GetMapping("/new")
    String newNode(Scope scope, @RequestParam(required = false) @Nullable Long parent, Model model) {
        OrgNodeView parentNode = parent == null ? null : tenancy.visible(scope, OrgId.of(parent));
        boolean school = parentNode != null && parentNode.kind() == OrgKind.DISTRICT;
        model.addAttribute("parent", parentNode);
        model.addAttribute("errors", Map.of());
        if (school) {
            model.addAttribute("school", emptySchool());
            return "tenancy/school-form";
        }
        model.addAttribute("bureau", new BureauDraft("", null));
        return "tenancy/bureau-form";
    }

    @PostMapping(value = "/new", params = "kind=SCHOOL")
    String registerSchool(Scope scope, @RequestParam long parent, @Valid @ModelAttribute("school") @Nullable SchoolDraft school,
                          BindingResult binding, Model model, Locale locale, RedirectAttributes redirect) {
        OrgNodeView parentNode = tenancy.visible(scope, OrgId.of(parent));
        model.addAttribute("parent", parentNode);
        if (binding.hasErrors()) {
            return schoolFormWithErrors(school, binding, model, locale);
        }
        try {
            OrgNodeView created = tenancy.registerSchool(scope, parentNode.id(), java.util.Objects.requireNonNull(school));
            redirect.addFlashAttribute("notice", "tenancy.notice.registered");
            return "redirect:/orgs/" + created.id();
        } catch (ConflictException e) {
            model.addAttribute("errors", FormErrors.of(e, e.field(), messages, locale));
            return "tenancy/school-form";
        } catch (RuleViolationException e) {
            model.addAttribute("errors", FormErrors.of(e, "", messages, locale));
            return "tenancy/school-form";
        }
    }

    @PostMapping(value = "/new", params = "kind!=SCHOOL")
    String registerBureau(Scope scope, @RequestParam(required = false) @Nullable Long parent,
                          @Valid @ModelAttribute("bureau") BureauDraft bureau, BindingResult binding, Model model,
                          Locale locale, RedirectAttributes redirect) {
        OrgNodeView parentNode = parent == null ? null : tenancy.visible(scope, OrgId.of(parent));
        model.addAttribute("parent", parentNode);
        if (binding.hasErrors()) {
            model.addAttribute("errors", FormErrors.of(binding, messages, locale));
            return "tenancy/bureau-form";
        }
        try {
            OrgNodeView created = tenancy.registerBureau(scope, parentNode == null ? null : parentNode.id(), bureau);
            redirect.addFlashAttribute("notice", "tenancy.notice.registered");
            return "redirect:/orgs/" + created.id();
        } catch (RuleViolationException e) {
            model.addAttribute("errors", FormErrors.of(e, "", messages, locale));
            return "tenancy/bureau-form";
        }
    }

    @GetMapping("/{id}/edit")
    String edit(Scope scope, @PathVariable long id, Model model) {
        OrgNodeView node = tenancy.visible(scope, OrgId.of(id));
        if (!tenancy.canManage(scope, node)) {
            throw new org.educloud.shared.ForbiddenException("tenancy.error.forbidden");
        }
        model.addAttribute("node", node);
        model.addAttribute("errors", Map.of());
        if (node.isSchool()) {
            model.addAttribute("school", new SchoolDraft(node.name(), node.schoolCode(), node.stages(),
                    node.locality(), node.teachingPoint(), node.address(), node.principalName(), node.principalPhone()));
            return "tenancy/school-form";
        }
        model.addAttribute("bureau", new BureauDraft(node.name(), node.divisionCode()));
        return "tenancy/bureau-form";
    }

    @PostMapping(value = "/{id}/edit", params = "kind=SCHOOL")
    String updateSchool(Scope scope, @PathVariable long id, @Valid @ModelAttribute("school") @Nullable SchoolDraft school,
                        BindingResult binding, Model model, Locale locale, RedirectAttributes redirect) {
        OrgNodeView node = tenancy.visible(scope, OrgId.of(id));
        model.addAttribute("node", node);
        if (binding.hasErrors()) {
            return schoolFormWithErrors(school, binding, model, locale);
        }
        try {
            tenancy.updateSchool(scope, node.id(), java.util.Objects.requireNonNull(school));
        } catch (ConflictException e) {
            model.addAttribute("errors", FormErrors.of(e, e.field(), messages, locale));
            return "tenancy/school-form";
        }
        redirect.addFlashAttribute("notice", "tenancy.notice.saved");
        return "redirect:/orgs/" + id;
    }

    @PostMapping(value = "/{id}/edit", params = "kind!=SCHOOL")
    String updateBureau(Scope scope, @PathVariable long id, @Valid @ModelAttribute("bureau") BureauDraft bureau,
                        BindingResult binding, Model model, Locale locale, RedirectAttributes redirect) {
        OrgNodeView node = tenancy.visible(scope, OrgId.of(id));
        model.addAttribute("node", node);
        if (binding.hasErrors()) {
            model.addAttribute("errors", FormErrors.of(binding, messages, locale));
            return "tenancy/bureau-form";
        }
        tenancy.updateBureau(scope, node.id(), bureau);
        redirect.addFlashAttribute("notice", "tenancy.notice.saved");
        return "redirect:/orgs/" + id;
    }

    @PostMapping("/{id}/close")
    String close(Scope scope, @PathVariable long id, RedirectAttributes redirect) {
        try {
            tenancy.close(scope, OrgId.of(id));
            redirect.addFlashAttribute("notice", "tenancy.notice.closed");
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("problem", e.messageKey());
        }
        return "redirect:/orgs/" + id;
    }

    @PostMapping("/{id}/reopen")
    String reopen(Scope scope, @PathVariable long id, RedirectAttributes redirect) {
        tenancy.reopen(scope, OrgId.of(id));
        redirect.addFlashAttribute("notice", "tenancy.notice.reopened");
        return "redirect:/orgs/" + id;
    }

    /**
     * Shows the form again with its errors. When a value could not even be converted (a tampered stage or
     * locality), there is no draft to show, so the form starts empty with the errors still listed.
     */
    private String schoolFormWithErrors(@Nullable SchoolDraft school, BindingResult binding, Model model, Locale locale) {
        model.addAttribute("school", school != null ? school : emptySchool());
        model.addAttribute("errors", FormErrors.of(binding, messages, locale));
        return "tenancy/school-form";
    }

    private static SchoolDraft emptySchool() {
        return new SchoolDraft("", "", EnumSet.noneOf(Stage.class), null, false, null, null, null);
    }

    /**
     * The directory of bureaus and schools (with principals' phone numbers) is a staff tool: students and parents
     * find their school on their home page and have no use for the rest.
     */
    private static void requireStaff(Scope scope) {
        if (!scope.isAdministrator() && !scope.has(org.educloud.shared.Role.TEACHER)) {
            throw new org.educloud.shared.ForbiddenException("tenancy.error.staffOnly");
        }
    }
}
