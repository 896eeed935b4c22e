package org.educloud.identity.accounts;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.educloud.identity.AccountCreated;
import org.educloud.identity.AccountStatus;
import org.educloud.identity.IdentityManagement;
import org.educloud.identity.NewAccount;
import org.educloud.shared.ConflictException;
import org.educloud.shared.DomainException;
import org.educloud.shared.ForbiddenException;
import org.educloud.shared.FormErrors;
import org.educloud.shared.OrgId;
import org.educloud.shared.Role;
import org.educloud.shared.RuleViolationException;
import org.educloud.shared.Scope;
import org.educloud.shared.UserId;
import org.educloud.tenancy.OrgNodeView;
import org.educloud.tenancy.OrgQuery;
import org.educloud.tenancy.OrgStatus;
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

/** Admins manage the accounts in their scope: find, create, grant and revoke roles, activation codes, disable. */
@Controller
@RequestMapping("/admin/accounts")
class AccountAdminPages {

    private static final int PAGE_SIZE = 20;

    private final IdentityManagement identity;
    private final TenancyManagement tenancy;
    private final MessageSource messages;

    AccountAdminPages(IdentityManagement identity, TenancyManagement tenancy, MessageSource messages) {
        this.identity = identity;
        this.tenancy = tenancy;
        this.messages = messages;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("roles", Role.values());
        model.addAttribute("statuses", AccountStatus.values());
    }

    @GetMapping
    String list(Scope scope, @RequestParam(required = false) @Nullable String q,
                @RequestParam(required = false) @Nullable Role role,
                @RequestParam(required = false) @Nullable AccountStatus status,
                @RequestParam(defaultValue = "0") int page,
                @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("role", role);
        model.addAttribute("status", status);
        model.addAttribute("results", identity.search(scope, q, role, status, page, PAGE_SIZE));
        return htmx != null ? "identity/accounts :: results" : "identity/accounts";
    }

    @GetMapping("/new")
    String newAccount(Scope scope, Model model) {
        model.addAttribute("orgChoices", orgChoices(scope));
        model.addAttribute("form", emptyForm());
        model.addAttribute("errors", Map.of());
        return "identity/account-form";
    }

    @PostMapping("/new")
    String create(Scope scope, @Valid @ModelAttribute("form") @Nullable NewAccount form, BindingResult binding,
                  Model model, Locale locale) {
        model.addAttribute("orgChoices", orgChoices(scope));
        if (form == null) {
            // A value that could not be converted at all (a tampered role): start the form again, errors shown.
            model.addAttribute("form", emptyForm());
        }
        if (form == null || binding.hasErrors()) {
            model.addAttribute("errors", FormErrors.of(binding, messages, locale));
            return "identity/account-form";
        }
        try {
            AccountCreated created = identity.create(scope, form);
            model.addAttribute("created", created);
            return "identity/account-created";
        } catch (ConflictException e) {
            model.addAttribute("errors", FormErrors.of(e, e.field(), messages, locale));
        } catch (RuleViolationException | ForbiddenException e) {
            model.addAttribute("errors", FormErrors.of(e, "", messages, locale));
        }
        return "identity/account-form";
    }

    @GetMapping("/{id}")
    String detail(Scope scope, @PathVariable long id, Model model) {
        model.addAttribute("account", identity.administered(scope, new UserId(id)));
        model.addAttribute("orgChoices", orgChoices(scope));
        return "identity/account-detail";
    }

    @PostMapping("/{id}/grants")
    String grant(Scope scope, @PathVariable long id, @RequestParam Role role,
                 @RequestParam(required = false) @Nullable Long orgId, RedirectAttributes redirect) {
        return act(id, redirect, "identity.notice.granted",
                () -> identity.grant(scope, new UserId(id), role, orgId == null ? null : OrgId.of(orgId)));
    }

    @PostMapping("/{id}/grants/{grantId}/revoke")
    String revoke(Scope scope, @PathVariable long id, @PathVariable long grantId, RedirectAttributes redirect) {
        return act(id, redirect, "identity.notice.revoked", () -> identity.revoke(scope, new UserId(id), grantId));
    }

    @PostMapping("/{id}/disable")
    String disable(Scope scope, @PathVariable long id, RedirectAttributes redirect) {
        return act(id, redirect, "identity.notice.disabled", () -> identity.disable(scope, new UserId(id)));
    }

    @PostMapping("/{id}/enable")
    String enable(Scope scope, @PathVariable long id, RedirectAttributes redirect) {
        return act(id, redirect, "identity.notice.enabled", () -> identity.enable(scope, new UserId(id)));
    }

    @PostMapping("/{id}/activation-code")
    String activationCode(Scope scope, @PathVariable long id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("activationCode", identity.issueActivationCode(scope, new UserId(id)));
        return "redirect:/admin/accounts/" + id;
    }

    /** Runs an admin action; a refusal (not a missing account) comes back as a message on the same page. */
    private String act(long id, RedirectAttributes redirect, String notice, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", notice);
        } catch (RuleViolationException | ForbiddenException | ConflictException e) {
            redirect.addFlashAttribute("problem", ((DomainException) e).messageKey());
        }
        return "redirect:/admin/accounts/" + id;
    }

    private static NewAccount emptyForm() {
        return new NewAccount("", "", null, null, Role.TEACHER, null, null);
    }

    private List<OrgNodeView> orgChoices(Scope scope) {
        return tenancy.search(scope, new OrgQuery(null, null, null, null, OrgStatus.ACTIVE), 0, 200).items().stream()
                .filter(n -> scope.canAdminister(n.path()))
                .toList();
    }
}
