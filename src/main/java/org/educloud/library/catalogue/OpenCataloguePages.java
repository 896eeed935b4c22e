package org.educloud.library.catalogue;

import org.educloud.library.Subject;
import org.educloud.tenancy.Stage;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public portal's textbook browser: the installation's catalogue, each lesson and knowledge point leading to the
 * resources published to the public (no scope is passed, so the library applies the public rule).
 */
@Controller
class OpenCataloguePages {

    private final CatalogueBrowser browser;

    OpenCataloguePages(CatalogueBrowser browser) {
        this.browser = browser;
    }

    @GetMapping("/open/curriculum")
    String browse(@RequestParam(defaultValue = "MATHEMATICS") Subject subject,
                  @RequestParam(defaultValue = "PRIMARY") Stage stage,
                  @RequestParam(required = false) @Nullable Long node,
                  @RequestParam(required = false) @Nullable Long point,
                  @RequestParam(defaultValue = "0") int page, Model model) {
        browser.browse(null, subject, stage, node, point, page, model);
        model.addAttribute("subject", subject);
        model.addAttribute("stage", stage);
        model.addAttribute("subjects", Subject.values());
        model.addAttribute("stages", Stage.values());
        return "library/open-curriculum";
    }
}
