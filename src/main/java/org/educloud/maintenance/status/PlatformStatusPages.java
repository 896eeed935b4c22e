package org.educloud.maintenance.status;

import org.educloud.shared.Scope;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The bureau's page of the platform's own health. */
@Controller
class PlatformStatusPages {

    private final PlatformStatus status;

    PlatformStatusPages(PlatformStatus status) {
        this.status = status;
    }

    @GetMapping("/maintenance/platform")
    String page(Scope scope, Model model) {
        model.addAttribute("report", status.report(scope));
        return "maintenance/platform";
    }
}
