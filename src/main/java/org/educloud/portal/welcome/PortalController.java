package org.educloud.portal.welcome;

import org.educloud.library.ResourceFilter;
import org.educloud.library.ResourceLibrary;
import org.educloud.tenancy.TenancyManagement;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The public home page: what EduCloud is for (only what this installation does), how many bureaus and schools it
 * serves and how many resources it offers the public.
 */
@Controller
class PortalController {

    private final TenancyManagement tenancy;
    private final ResourceLibrary library;

    PortalController(TenancyManagement tenancy, ResourceLibrary library) {
        this.tenancy = tenancy;
        this.library = library;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("figures", tenancy.publicFigures());
        model.addAttribute("openResources", library.list(null, ResourceFilter.all(), 0, 1).total());
        return "portal/index";
    }
}
