package org.educloud.identity.audit;

import java.time.LocalDate;
import java.util.Locale;
import org.educloud.shared.Scope;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit log of the admin's scope, newest first, filtered by person, action and dates. */
@Controller
class AuditPages {

    private final AuditLog audit;
    private final AuditWording wording;

    AuditPages(AuditLog audit, AuditWording wording) {
        this.audit = audit;
        this.wording = wording;
    }

    @GetMapping("/admin/audit")
    String audit(Scope scope, @RequestParam(required = false) @Nullable String actor,
                 @RequestParam(required = false) @Nullable String action,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
                 @RequestParam(defaultValue = "0") int page,
                 @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model,
                 Locale locale) {
        AuditQuery query = new AuditQuery(actor, action, from, to);
        model.addAttribute("query", query);
        var results = audit.search(scope, query, page, 50);
        model.addAttribute("results", results);
        model.addAttribute("entries", wording.of(results.items(), locale));
        return htmx != null ? "identity/audit :: results" : "identity/audit";
    }
}
