package org.educloud.identity.accounts;

import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Objects;
import org.educloud.identity.ApiTokenScope;
import org.educloud.identity.ApiTokens;
import org.educloud.identity.IdentityManagement;
import org.educloud.identity.IdentityWebSecurity;
import org.educloud.identity.passwords.PasswordForm;
import org.educloud.identity.sessions.OtherSessions;
import org.educloud.shared.ForbiddenException;
import org.educloud.shared.Scope;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A person's own account: profile and grants, password change, personal API tokens. */
@Controller
class AccountPages {

    private final IdentityManagement identity;
    private final ApiTokens tokens;
    private final OtherSessions otherSessions;

    AccountPages(IdentityManagement identity, ApiTokens tokens, OtherSessions otherSessions) {
        this.identity = identity;
        this.tokens = tokens;
        this.otherSessions = otherSessions;
    }

    @GetMapping("/account")
    String account(Scope scope, Model model) {
        model.addAttribute("account", identity.self(scope.userId()));
        model.addAttribute("formerUsernameUntil",
                identity.formerUsernamesValidUntil(List.of(scope.userId())).get(scope.userId()));
        model.addAttribute("mayHoldTokens", tokens.mayHoldTokens(scope.userId()));
        return "identity/account";
    }

    @GetMapping("/account/password")
    String passwordForm(Scope scope, HttpSession session, Model model) {
        model.addAttribute("forced", session.getAttribute(IdentityWebSecurity.mustChangePasswordAttribute()) != null);
        model.addAttribute("problems", List.of());
        model.addAttribute("minLength", identity.minPasswordLength());
        return "identity/password";
    }

    @PostMapping("/account/password")
    String changePassword(Scope scope, @ModelAttribute PasswordForm form, HttpSession session, Model model,
                          RedirectAttributes redirect) {
        List<String> problems;
        if (!Objects.equals(form.password(), form.confirmation())) {
            problems = List.of("identity.password.confirmationDiffers");
        } else {
            problems = identity.changePassword(scope.userId(), nonNull(form.current()), nonNull(form.password()));
        }
        if (!problems.isEmpty()) {
            model.addAttribute("forced", session.getAttribute(IdentityWebSecurity.mustChangePasswordAttribute()) != null);
            model.addAttribute("problems", problems);
            model.addAttribute("minLength", identity.minPasswordLength());
            return "identity/password";
        }
        session.removeAttribute(IdentityWebSecurity.mustChangePasswordAttribute());
        otherSessions.end(identity.self(scope.userId()).username(), session.getId());
        redirect.addFlashAttribute("notice", "identity.notice.passwordChanged");
        return "redirect:/home";
    }

    @GetMapping("/account/tokens")
    String tokens(Scope scope, Model model) {
        // students and parents see (and may revoke) tokens they hold from earlier, but get no form for new ones
        model.addAttribute("mayHoldTokens", tokens.mayHoldTokens(scope.userId()));
        model.addAttribute("tokens", tokens.of(scope.userId()));
        return "identity/tokens";
    }

    @PostMapping("/account/tokens")
    String createToken(Scope scope, @RequestParam(required = false) @Nullable String name,
                       @RequestParam(required = false) @Nullable Integer validDays,
                       @RequestParam(name = "scope", defaultValue = "READ_ONLY") ApiTokenScope access, Model model) {
        if (!tokens.mayHoldTokens(scope.userId())) {
            throw new ForbiddenException("identity.error.tokensForStaffOnly");
        }
        model.addAttribute("mayHoldTokens", true);
        if (name == null || name.isBlank() || name.length() > 64) {
            model.addAttribute("problem", "identity.token.nameRequired");
        } else {
            model.addAttribute("secret", tokens.create(scope.userId(), name,
                    validDays == null ? null : Math.clamp(validDays, 1, 3650), access));
        }
        model.addAttribute("tokens", tokens.of(scope.userId()));
        return "identity/tokens";
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revokeToken(Scope scope, @PathVariable long id, RedirectAttributes redirect) {
        tokens.revoke(scope.userId(), id);
        redirect.addFlashAttribute("notice", "identity.notice.tokenRevoked");
        return "redirect:/account/tokens";
    }

    private static String nonNull(@Nullable String value) {
        return value == null ? "" : value;
    }
}
