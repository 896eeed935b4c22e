package org.educloud.portal;

import org.educloud.tenancy.TenancyManagement;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The public home page: what EduCloud is for, and how many bureaus and schools it serves. */
@Controller
class PortalController {

    private final TenancyManagement tenancy;

    PortalController(TenancyManagement tenancy) {
        this.tenancy = tenancy;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("figures", tenancy.publicFigures());
        return "portal/index";
    }
}
