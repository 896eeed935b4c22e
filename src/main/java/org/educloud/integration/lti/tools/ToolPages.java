package org.educloud.integration.lti.tools;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.educloud.integration.lti.support.SiteRoot;
import org.educloud.shared.OrgId;
import org.educloud.shared.RuleViolationException;
import org.educloud.shared.Scope;
import org.educloud.tenancy.OrgNodeView;
import org.educloud.tenancy.OrgQuery;
import org.educloud.tenancy.OrgStatus;
import org.educloud.tenancy.TenancyManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin's LTI tool pages: the tools of their nodes with the registration form, and one tool with what its
 * vendor needs to configure the platform side (issuer, client id, deployment id, the platform's endpoints).
 */
@Controller
@RequestMapping("/admin/lti-tools")
class ToolPages {

    private final ToolRegistrations registrations;
    private final TenancyManagement tenancy;
    private final MessageSource messages;

    ToolPages(ToolRegistrations registrations, TenancyManagement tenancy, MessageSource messages) {
        this.registrations = registrations;
        this.tenancy = tenancy;
        this.messages = messages;
    }

    @GetMapping
    String list(Scope scope, Model model) {
        return listPage(scope, model, new ToolDraft(null, null, null, null, null, null, null));
    }

    @PostMapping
    String register(Scope scope, @RequestParam(required = false) @Nullable Long orgId, ToolDraft draft,
                    Locale locale, Model model) {
        try {
            if (orgId == null) {
                throw new RuleViolationException("integration.lti.error.node");
            }
            LtiTool tool = registrations.register(scope, OrgId.of(orgId), draft);
            return "redirect:/admin/lti-tools/" + tool.id();
        } catch (RuleViolationException e) {
            model.addAttribute("problem", messages.getMessage(e.messageKey(), e.arguments(), locale));
            return listPage(scope, model, draft);
        }
    }

    @GetMapping("/{id}")
    String detail(Scope scope, @PathVariable long id, Model model) {
        LtiTool tool = registrations.managed(scope, id);
        String root = SiteRoot.current();
        model.addAttribute("tool", tool);
        model.addAttribute("nodeName", tenancy.names(List.of(tool.orgId())).get(tool.orgId()));
        model.addAttribute("issuer", root);
        model.addAttribute("authUrl", root + "/lti/auth");
        model.addAttribute("tokenUrl", root + "/lti/token");
        model.addAttribute("jwksUrl", root + "/oidc/jwks");
        return "integration/lti-tool";
    }

    @PostMapping("/{id}/delete")
    String delete(Scope scope, @PathVariable long id, RedirectAttributes redirect) {
        registrations.remove(scope, id);
        redirect.addFlashAttribute("notice", "integration.lti.notice.removed");
        return "redirect:/admin/lti-tools";
    }

    private String listPage(Scope scope, Model model, ToolDraft draft) {
        List<OrgNodeView> nodes = new ArrayList<>();
        for (int page = 0; page < 50; page++) {
            var slice = tenancy.search(scope, new OrgQuery(null, null, null, null, OrgStatus.ACTIVE), page, 200);
            slice.items().stream().filter(n -> scope.canAdminister(n.path())).forEach(nodes::add);
            if (slice.items().size() < 200) {
                break;
            }
        }
        List<LtiTool> tools = registrations.visibleTo(scope);
        model.addAttribute("nodes", nodes);
        model.addAttribute("draft", draft);
        model.addAttribute("tools", tools);
        model.addAttribute("nodeNames", tenancy.names(tools.stream().map(LtiTool::orgId).toList()));
        return "integration/lti-tools";
    }
}
