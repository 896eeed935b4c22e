package org.educloud.platform.errors;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Which kind of client a path serves, and so the shape its errors take: problem details on the JSON API and
 * Actuator, status info on the 1EdTech APIs, xAPI's own error object, OAuth 2's error object at the token endpoint,
 * and the error page everywhere else.
 */
public enum RequestFamily {

    API, IMS, XAPI, OAUTH_TOKEN, PAGE;

    public static RequestFamily of(HttpServletRequest request) {
        return ofPath(request.getRequestURI().substring(request.getContextPath().length()));
    }

    /** By the path below the context, as sent (undecoded). */
    static RequestFamily ofPath(String path) {
        if (path.startsWith("/api/") || path.startsWith("/actuator/")) {
            return API;
        }
        if (path.startsWith("/ims/")) {
            return IMS;
        }
        if (path.startsWith("/xapi/")) {
            return XAPI;
        }
        return path.equals("/oauth2/token") ? OAUTH_TOKEN : PAGE;
    }

    /**
     * Whether this family's handlers read a POST's form body as parameters. The API takes raw uploads and the
     * learning record store reads its forms itself (xAPI's alternate request syntax), so their bodies are left
     * unread.
     */
    public boolean readsFormBodies() {
        return this != API && this != XAPI;
    }
}
