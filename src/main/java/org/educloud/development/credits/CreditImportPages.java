package org.educloud.development.credits;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.educloud.shared.OrgId;
import org.educloud.shared.Scope;
import org.educloud.shared.tabular.ImportLimits;
import org.educloud.tenancy.OrgNodeView;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** A school's or bureau's import of outside providers' hours. */
@Controller
class CreditImportPages {

    private final ImportingCredits importing;
    private final CreditLedger ledger;
    private final ImportLimits limits;
    private final MessageSource messages;

    CreditImportPages(ImportingCredits importing, CreditLedger ledger, ImportLimits limits, MessageSource messages) {
        this.importing = importing;
        this.ledger = ledger;
        this.limits = limits;
        this.messages = messages;
    }

    @GetMapping("/development/credits/import")
    String form(Scope scope, @RequestParam long org, Model model) {
        model.addAttribute("node", ledger.administered(scope, OrgId.of(org)));
        model.addAttribute("headers", CreditRows.HEADERS);
        return "development/credits-import";
    }

    /** A file refused as a whole answers 400, one too large 413; problems in rows leave it at 200. */
    @PostMapping("/development/credits/import")
    String upload(Scope scope, @RequestParam long org, @RequestParam(required = false) @Nullable MultipartFile file,
                  Model model, Locale locale, HttpServletResponse response) throws IOException {
        OrgNodeView node = ledger.administered(scope, OrgId.of(org));
        model.addAttribute("node", node);
        model.addAttribute("headers", CreditRows.HEADERS);
        if (file == null || file.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("problem", "development.import.noFile");
            return "development/credits-import";
        }
        if (limits.tooLarge(file.getSize())) {
            response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            model.addAttribute("problemText", messages.getMessage("roster.import.limit.fileSize",
                    new Object[] {limits.fileSizeText()}, locale));
            return "development/credits-import";
        }
        Path spool = Files.createTempFile("credit-import", ".upload");
        try {
            file.transferTo(spool);
            CreditImport outcome = importing.importHours(scope, node.id(), spool);
            model.addAttribute("outcome", outcome);
            if (!outcome.applied() && outcome.problems().stream().anyMatch(p -> p.row() == 0)) {
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            }
        } finally {
            Files.deleteIfExists(spool);
        }
        return "development/credits-import";
    }
}
