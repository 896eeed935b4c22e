package org.educloud.integration.lti.support;

import org.educloud.shared.RuleViolationException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Paging of the LTI services' containers (line items, results, memberships), as AGS 2.0 and NRPS 2.0 describe it: the
 * tool may ask for at most {@code limit} entries; when more follow, the answer's {@code Link} header names the next
 * page ({@code rel="next"}), which is the request's own URL with the page's position replaced, so the tool's filters
 * carry over. The position parameter is the platform's own and opaque to the tool.
 */
public final class ServicePaging {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 100;

    /** The page size asked for: the default when none, at most {@link #MAX_LIMIT}; below 1 is refused. */
    public static int limit(@Nullable Integer asked) {
        if (asked == null) {
            return DEFAULT_LIMIT;
        }
        if (asked < 1) {
            throw new RuleViolationException("integration.lti.services.error.limit");
        }
        return Math.min(asked, MAX_LIMIT);
    }

    /** The headers of a page: a {@code Link} to the next one when {@code position} is set, none otherwise. */
    public static HttpHeaders links(String positionParameter, @Nullable String position) {
        HttpHeaders headers = new HttpHeaders();
        if (position != null) {
            String next = ServletUriComponentsBuilder.fromCurrentRequest()
                    .replaceQueryParam(positionParameter, position).build().toUriString();
            headers.add(HttpHeaders.LINK, "<" + next + ">; rel=\"next\"");
        }
        return headers;
    }

    private ServicePaging() {
    }
}
