package org.educloud.integration.lti.deeplinking;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.educloud.integration.lti.launch.LaunchRefused;
import org.educloud.integration.lti.launch.LoginStarts;
import org.educloud.integration.lti.support.SiteRoot;
import org.educloud.shared.RuleViolationException;
import org.educloud.shared.Scope;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Deep linking from the teacher's side: "pick content in the tool" starts an LtiDeepLinkingRequest launch for the
 * lesson and class; the tool's browser form comes back to the request's return URL with the signed response, and the
 * teacher lands on the class's tools with the new lesson items.
 */
@Controller
class DeepLinkPages {

    private final LoginStarts starts;
    private final DeepLinkReturns returns;
    private final MessageSource messages;

    DeepLinkPages(LoginStarts starts, DeepLinkReturns returns, MessageSource messages) {
        this.starts = starts;
        this.returns = returns;
        this.messages = messages;
    }

    @PostMapping("/lti/courses/{courseId}/lessons/{lessonId}/deep-link")
    String start(Scope scope, @PathVariable long courseId, @PathVariable long lessonId,
                 @RequestParam(required = false) @Nullable Long classId,
                 @RequestParam(required = false) @Nullable Long toolId, Locale locale, RedirectAttributes redirect) {
        try {
            if (classId == null || toolId == null) {
                throw new RuleViolationException("integration.lti.error.tool");
            }
            return "redirect:" + starts.deepLinking(scope, classId, toolId, courseId, lessonId, SiteRoot.current(),
                    locale);
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("notice", e.messageKey());
            return "redirect:/lti/courses/" + courseId + "/lessons/" + lessonId + "/tools";
        }
    }

    @PostMapping("/lti/deep-links/{token}")
    String returned(@PathVariable String token, @RequestParam(name = "JWT", required = false) @Nullable String jwt,
                    Locale locale, Model model, HttpServletResponse response) {
        try {
            long classId = returns.accept(token, jwt, SiteRoot.current());
            return "redirect:/lti/classes/" + classId;
        } catch (LaunchRefused refused) {
            response.setStatus(refused.status());
            model.addAttribute("problem", messages.getMessage(refused.messageKey(), refused.arguments(), locale));
            return "integration/lti-refused";
        }
    }
}
