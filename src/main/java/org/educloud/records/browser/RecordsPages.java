package org.educloud.records.browser;

import java.time.Clock;
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

/**
 * The learning record store for admins: how ingestion is doing, and the statements stored within their reach,
 * filtered by verb, activity and day. LRS clients themselves are registered on the integrations page.
 */
@Controller
class RecordsPages {

    private final StatementBrowser browser;
    private final VerbNames verbs;
    private final Clock clock;

    RecordsPages(StatementBrowser browser, VerbNames verbs, Clock clock) {
        this.browser = browser;
        this.verbs = verbs;
        this.clock = clock;
    }

    @GetMapping("/admin/records")
    String statements(Scope scope, @RequestParam(required = false) @Nullable String verb,
                      @RequestParam(required = false) @Nullable String activity,
                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                      @Nullable LocalDate from,
                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                      @Nullable LocalDate to,
                      @RequestParam(defaultValue = "0") int page,
                      @RequestHeader(value = "HX-Request", required = false) @Nullable String htmx, Model model,
                      Locale locale) {
        StatementBrowser.Filter filter = new StatementBrowser.Filter(verb, activity, from, to);
        model.addAttribute("filter", filter);
        var results = browser.page(scope, filter, clock.getZone(), page);
        model.addAttribute("results", results);
        model.addAttribute("orgNames", browser.orgNames(results));
        model.addAttribute("learnerNames", browser.learnerNames(scope, results));
        model.addAttribute("verbNames", verbs.of(results.items().stream().map(StatementBrowser.Row::verb)
                .distinct().toList(), locale));
        model.addAttribute("zone", clock.getZone());
        if (htmx != null) {
            return "records/statements :: results";
        }
        model.addAttribute("health", browser.health(scope, clock.instant()));
        model.addAttribute("offeredVerbs", verbs.offered(locale));
        return "records/statements";
    }
}
