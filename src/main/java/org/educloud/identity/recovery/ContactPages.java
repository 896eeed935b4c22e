package org.educloud.identity.recovery;

import java.util.List;
import org.educloud.identity.RecoveryCodeSender.ContactKind;
import org.educloud.shared.RuleViolationException;
import org.educloud.shared.Scope;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The caller's own phone and e-mail address, whether each is proved, and proving one with a code. */
@Controller
class ContactPages {

    private final VerifyingContacts verifying;

    ContactPages(VerifyingContacts verifying) {
        this.verifying = verifying;
    }

    @GetMapping("/account/contacts")
    String contacts(Scope scope, Model model) {
        model.addAttribute("contacts", verifying.of(scope.userId()));
        return "identity/contacts";
    }

    @PostMapping("/account/contacts/{kind}/code")
    String sendCode(Scope scope, @PathVariable ContactKind kind, RedirectAttributes redirect) {
        try {
            verifying.sendCode(scope.userId(), kind);
            redirect.addFlashAttribute("notice", "identity.verify.sent");
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("problem", e.messageKey());
        }
        return "redirect:/account/contacts";
    }

    @PostMapping("/account/contacts/{kind}/verify")
    String verify(Scope scope, @PathVariable ContactKind kind, @RequestParam(required = false) @Nullable String code,
                  RedirectAttributes redirect) {
        String typed = code == null ? "" : code;
        List<String> problems = typed.length() > 20 ? List.of("identity.verify.invalid")
                : verifying.confirm(scope.userId(), kind, typed);
        if (problems.isEmpty()) {
            redirect.addFlashAttribute("notice", "identity.verify.done");
        } else {
            redirect.addFlashAttribute("problem", problems.getFirst());
        }
        return "redirect:/account/contacts";
    }
}
