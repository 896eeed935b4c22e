package org.educloud.integration.lti.launch;

import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.util.Locale;
import org.educloud.integration.lti.support.SiteRoot;
import org.educloud.shared.Scope;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The browser's side of a launch: opening a placed tool sends it to the tool's login initiation URL; the tool's
 * authentication request comes back to {@code /lti/auth} (GET or POST) and is answered with a page that posts the
 * signed id_token to the tool's registered redirect URI, or with EduCloud's own error page.
 */
@Controller
class LaunchPages {

    private static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action ";

    private final LoginStarts starts;
    private final AuthRequests requests;
    private final MessageSource messages;

    LaunchPages(LoginStarts starts, AuthRequests requests, MessageSource messages) {
        this.starts = starts;
        this.requests = requests;
        this.messages = messages;
    }

    @GetMapping("/lti/links/{id}/launch")
    String launch(Scope scope, @PathVariable long id, Locale locale) {
        URI login = starts.resourceLink(scope, id, SiteRoot.current(), locale);
        return "redirect:" + login;
    }

    @RequestMapping(path = "/lti/auth", method = {RequestMethod.GET, RequestMethod.POST})
    String auth(Scope scope,
                @RequestParam(name = "scope", required = false) @Nullable String requested,
                @RequestParam(name = "response_type", required = false) @Nullable String responseType,
                @RequestParam(name = "response_mode", required = false) @Nullable String responseMode,
                @RequestParam(required = false) @Nullable String prompt,
                @RequestParam(name = "client_id", required = false) @Nullable String clientId,
                @RequestParam(name = "redirect_uri", required = false) @Nullable String redirectUri,
                @RequestParam(name = "login_hint", required = false) @Nullable String loginHint,
                @RequestParam(name = "lti_message_hint", required = false) @Nullable String messageHint,
                @RequestParam(required = false) @Nullable String state,
                @RequestParam(required = false) @Nullable String nonce,
                Locale locale, Model model, HttpServletResponse response) {
        try {
            IdTokenPost post = requests.answer(new AuthRequest(requested, responseType, responseMode, prompt, clientId,
                    redirectUri, loginHint, messageHint, state, nonce), scope.userId(), SiteRoot.current());
            URI target = URI.create(post.redirectUri());
            // the page's only form goes to the tool's registered redirect URI, and the policy names that origin alone
            response.setHeader("Content-Security-Policy",
                    POLICY + target.getScheme() + "://" + target.getRawAuthority());
            response.setHeader("Cache-Control", "no-store");
            model.addAttribute("post", post);
            return "integration/lti-post";
        } catch (LaunchRefused refused) {
            response.setStatus(refused.status());
            model.addAttribute("problem", messages.getMessage(refused.messageKey(), refused.arguments(), locale));
            return "integration/lti-refused";
        }
    }
}
