package org.educloud.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.web.util.WebUtils;

/**
 * Where a page's CSRF token is kept: in the session when the visitor has one (everyone who is logged in), else in a
 * cookie. Every page carries a token (the layout hands it to htmx; the login form posts it), and keeping an anonymous
 * visitor's token in the session created a database session, kept eight hours, for every anonymous page view. A
 * logged-in person's token stays bound to their session; an anonymous visitor can only log in or activate an
 * account, for which a token compared with the cookie that carries it is enough. Logging in clears the cookie, and
 * the next page puts a fresh token in the new session.
 */
public final class CsrfTokenStore implements CsrfTokenRepository {

    static final String COOKIE = "EDUCLOUD-CSRF";

    private final HttpSessionCsrfTokenRepository sessions = new HttpSessionCsrfTokenRepository();
    private final CookieCsrfTokenRepository cookies = new CookieCsrfTokenRepository();

    public CsrfTokenStore() {
        // the same names as the session's token, so pages and htmx do not care where it is kept
        cookies.setCookieName(COOKIE);
        cookies.setHeaderName("X-CSRF-TOKEN");
        cookies.setParameterName("_csrf");
        cookies.setCookieCustomizer(cookie -> cookie.httpOnly(true).sameSite("Lax"));
    }

    @Override
    public CsrfToken generateToken(HttpServletRequest request) {
        return sessions.generateToken(request);
    }

    @Override
    public void saveToken(@Nullable CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
        if (token == null) {
            sessions.saveToken(null, request, response);
            if (WebUtils.getCookie(request, COOKIE) != null) {
                cookies.saveToken(null, request, response);
            }
        } else if (hasSession(request)) {
            sessions.saveToken(token, request, response);
        } else {
            cookies.saveToken(token, request, response);
        }
    }

    @Override
    public @Nullable CsrfToken loadToken(HttpServletRequest request) {
        return hasSession(request) ? sessions.loadToken(request) : cookies.loadToken(request);
    }

    private static boolean hasSession(HttpServletRequest request) {
        return request.getSession(false) != null;
    }
}
