package org.educloud.integration.lti.support;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The platform's issuer and the base of its URLs: the site's root as the current request names it, so the
 * forwarded-header rules decide it behind a proxy, as for the OpenID Connect issuer (ADR 0036).
 */
public final class SiteRoot {

    public static String current() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    }

    private SiteRoot() {
    }
}
