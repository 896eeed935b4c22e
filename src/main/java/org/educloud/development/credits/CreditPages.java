package org.educloud.development.credits;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.educloud.library.FileContent;
import org.educloud.library.ReceivedFile;
import org.educloud.library.StoredFiles;
import org.educloud.shared.FieldRuleViolationException;
import org.educloud.shared.FormErrors;
import org.educloud.shared.RuleViolationException;
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
    private final StoredFiles files;
    private final MessageSource messages;

    CreditPages(CreditLedger ledger, CreditClaims claims, StoredFiles files, MessageSource messages) {
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
            } else if (evidence == null || evidence.isEmpty()) {
                throw new FieldRuleViolationException("evidence", "development.claim.evidenceMissing");
            } else if (evidence.getSize() > CreditClaims.MAX_EVIDENCE) {
                throw new FieldRuleViolationException("evidence", "development.claim.evidenceTooLarge",
                        CreditClaims.MAX_EVIDENCE / 1024 / 1024);
            } else {
                String name = evidence.getOriginalFilename();
                try (InputStream in = evidence.getInputStream();
                     ReceivedFile received = receive(in, name == null || name.isBlank() ? "evidence" : name)) {
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

    /** The file store's refusals (a name or kind it does not take) are the evidence field's errors. */
    private ReceivedFile receive(InputStream in, String name) {
        try {
            return files.receive(in, name);
        } catch (FieldRuleViolationException refused) {
            throw refused;
        } catch (RuleViolationException refused) {
            throw new FieldRuleViolationException("evidence", "development.claim.evidenceKind");
        }
    }

    @GetMapping("/development/credits/claims/{id}/evidence")
    void evidence(Scope scope, @PathVariable long id, HttpServletResponse response) throws IOException {
        CreditStore.Evidence evidence = claims.evidence(scope, id);
        FileContent content = files.open(evidence.sha256(), evidence.name(), 0, evidence.size());
        response.setContentType(evidence.type());
        response.setContentLengthLong(content.length());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Disposition", "attachment; filename=\"evidence\"; filename*=UTF-8''"
                + URLEncoder.encode(evidence.name(), StandardCharsets.UTF_8).replace("+", "%20"));
        try (InputStream in = content.content()) {
            in.transferTo(response.getOutputStream());
        }
    }
}
