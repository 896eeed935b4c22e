package org.educloud.identity.oidc;

import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.educloud.shared.NotFoundException;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The consent page Spring Authorization Server sends a person to when the client is not pre-approved (the form goes
 * back to the authorization endpoint), and the page that tells a person this client is not for their school.
 */
@Controller
class OidcConsentPages {

    private final RegisteredClientRepository registrations;

    OidcConsentPages(RegisteredClientRepository registrations) {
        this.registrations = registrations;
    }

    @GetMapping(OidcProviderConfiguration.CONSENT)
    String consent(@RequestParam("client_id") String clientId, @RequestParam(defaultValue = "") String scope,
                   @RequestParam String state, Model model, HttpServletResponse response) {
        RegisteredClient client = registrations.findByClientId(clientId);
        if (client == null) {
            throw new NotFoundException("identity.oidc.notFound");
        }
        Set<String> asked = new LinkedHashSet<>(Arrays.asList(scope.split(" ")));
        List<String> shown = asked.stream().filter(OidcClients.OPTIONAL_SCOPES::contains).toList();
        model.addAttribute("clientName", client.getClientName());
        model.addAttribute("clientId", clientId);
        model.addAttribute("state", state);
        model.addAttribute("scopes", shown);
        model.addAttribute("openid", asked.contains(OidcScopes.OPENID));
        // The answer redirects to the client; a browser applies form-action to that redirect, so name its origins.
        String origins = client.getRedirectUris().stream().map(OidcConsentPages::origin).distinct()
                .collect(Collectors.joining(" "));
        response.setHeader("Content-Security-Policy", "default-src 'self'; script-src 'self'; "
                + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; frame-ancestors 'none'; "
                + "base-uri 'self'; form-action 'self' " + origins);
        return "identity/oidc-consent";
    }

    @GetMapping("/oidc/refused")
    String refused() {
        return "identity/oidc-refused";
    }

    private static String origin(String uri) {
        URI parsed = URI.create(uri);
        return parsed.getScheme() + "://" + parsed.getRawAuthority();
    }
}
