package org.educloud.identity.sessions;

import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.stereotype.Component;

/**
 * The page an anonymous visitor asked for before being sent to log in, where the login then takes them. It is kept
 * in a cookie (a path on this site, which the cache resolves against the current request) rather than in a session,
 * so that an anonymous request for a protected page (a crawler, an old bookmark) does not create a session row kept
 * for hours. Only page views are remembered: a GET that is not an htmx fragment.
 */
@Component
public class SavedRequests extends CookieRequestCache {

    SavedRequests() {
        setRequestMatcher(request -> "GET".equals(request.getMethod()) && request.getHeader("HX-Request") == null);
    }
}
