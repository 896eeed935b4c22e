package org.educloud.development.credits;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.Locale;
import org.educloud.development.support.EvidenceFiles;
import org.educloud.library.ReceivedFile;
import org.educloud.shared.FieldRuleViolationException;
import org.educloud.shared.FormErrors;
import org.educloud.shared.Scope;
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
import org.springframework.web.multipart.MultipartFile;

/** A teacher's ledger with the cycle's progress, their claims, the claim form and a claim's evidence file. */
@Controller
class CreditPages {

    private final CreditLedger ledger;
    private final CreditClaims claims;
    private final EvidenceFiles files;
    private final MessageSource messages;

    CreditPages(CreditLedger ledger, CreditClaims claims, EvidenceFiles files, MessageSource messages) {
        this.ledger = ledger;
        this.claims = claims;
        this.files = files;
        this.messages = messages;
    }

    @GetMapping("/development/credits")
    String mine(Scope scope, Model model) {
        model.addAttribute("ledger", ledger.mine(scope));
        model.addAttribute("form", ClaimForm.empty());
        return "development/credits";
    }

    /** The evidence is bounded before it is read: a file over the limit is refused from its declared size. */
    @PostMapping("/development/credits/claims")
    String claim(Scope scope, @Valid @ModelAttribute("form") ClaimForm form, BindingResult binding,
                 @RequestParam(required = false) @Nullable MultipartFile evidence, Model model, Locale locale,
                 HttpServletResponse response) throws IOException {
        try {
            if (binding.hasErrors()) {
                model.addAttribute("errors", FormErrors.of(binding, messages, locale));
            } else {
                try (ReceivedFile received = files.receive(evidence, "evidence")) {
                    if (received == null) {
                        throw new FieldRuleViolationException("evidence", "development.claim.evidenceMissing");
                    }
                    claims.submit(scope, form, received);
                }
                return "redirect:/development/credits?claimed";
            }
        } catch (FieldRuleViolationException refused) {
            model.addAttribute("errors", FormErrors.of(refused, refused.field(), messages, locale));
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("ledger", ledger.mine(scope));
        return "development/credits";
    }

    @GetMapping("/development/credits/claims/{id}/evidence")
    void evidence(Scope scope, @PathVariable long id, HttpServletResponse response) throws IOException {
        files.send(claims.evidence(scope, id), response);
    }
}
