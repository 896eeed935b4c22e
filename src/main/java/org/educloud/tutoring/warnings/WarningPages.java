package org.educloud.tutoring.warnings;

import org.educloud.shared.Scope;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A class's early-warning list with every reason per student; the heatmap page shows it in place. */
@Controller
class WarningPages {

    private final EarlyWarnings warnings;

    WarningPages(EarlyWarnings warnings) {
        this.warnings = warnings;
    }

    @GetMapping("/tutoring/classes/{classId}/warnings")
    String warnings(Scope scope, @PathVariable long classId, Model model) {
        model.addAttribute("warnings", warnings.ofClass(scope, classId));
        model.addAttribute("className", warnings.className(scope, classId));
        model.addAttribute("classId", classId);
        return "tutoring/warnings";
    }
}
