package org.educloud.identity.recovery;

import java.util.List;
import java.util.Objects;
import org.educloud.identity.audit.AuditLog;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The two public recovery pages: ask for a code, then set a new password with it. */
@Controller
class RecoveryPages {

    private final RecoveringPasswords recovering;

    RecoveryPages(RecoveringPasswords recovering) {
        this.recovering = recovering;
    }

    @GetMapping("/recover")
    String ask(Model model) {
        model.addAttribute("available", recovering.available());
        return "identity/recover";
    }

    @PostMapping("/recover")
    String ask(@RequestParam(defaultValue = "") String login, Model model, RedirectAttributes redirect) {
        if (login.isBlank()) {
            model.addAttribute("available", recovering.available());
            model.addAttribute("problems", List.of("identity.recovery.loginMissing"));
            return "identity/recover";
        }
        RecoveringPasswords.Asked asked = recovering.ask(login, AuditLog.currentAddress());
        if (asked == RecoveringPasswords.Asked.TOO_MANY_FROM_ADDRESS) {
            model.addAttribute("available", recovering.available());
            model.addAttribute("problems", List.of("identity.recovery.tooMany"));
            return "identity/recover";
        }
        redirect.addFlashAttribute("notice", "identity.recovery.sentIfReachable");
        redirect.addAttribute("login", login.strip());
        return "redirect:/recover/code";
    }

    @GetMapping("/recover/code")
    String code(@RequestParam(required = false) @Nullable String login, Model model) {
        model.addAttribute("login", login == null ? "" : login);
        model.addAttribute("minLength", recovering.minLength());
        return "identity/recover-code";
    }

    @PostMapping("/recover/code")
    String reset(@RequestParam(defaultValue = "") String login, @RequestParam(defaultValue = "") String code,
                 @RequestParam(defaultValue = "") String password,
                 @RequestParam(defaultValue = "") String confirmation, Model model, RedirectAttributes redirect) {
        List<String> problems;
        if (login.isBlank() || code.isBlank() || password.isBlank()) {
            problems = List.of("identity.recovery.incomplete");
        } else if (!Objects.equals(password, confirmation)) {
            problems = List.of("identity.password.confirmationDiffers");
        } else {
            problems = recovering.reset(login, code, password);
        }
        if (!problems.isEmpty()) {
            model.addAttribute("login", login);
            model.addAttribute("minLength", recovering.minLength());
            model.addAttribute("problems", problems);
            return "identity/recover-code";
        }
        redirect.addFlashAttribute("notice", "identity.recovery.done");
        return "redirect:/login";
    }
}
