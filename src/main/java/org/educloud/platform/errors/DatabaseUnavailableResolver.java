package org.educloud.platform.errors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * A controller whose database is unavailable answers 503 with {@code Retry-After}, on every family of paths: before
 * any advice, whose catch-all would make it a 500 with an incident id, and before a module's own handlers.
 */
@Component
class DatabaseUnavailableResolver implements HandlerExceptionResolver, Ordered {

    private final OverloadResponses responses;

    DatabaseUnavailableResolver(OverloadResponses responses) {
        this.responses = responses;
    }

    @Override
    public @Nullable ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response,
                                                   @Nullable Object handler, Exception e) {
        if (response.isCommitted() || !DatabaseUnavailable.causedBy(e)) {
            return null;
        }
        try {
            responses.databaseUnavailable(request, response, e);
        } catch (IOException gone) {
            // the client left while the answer was written
        }
        return new ModelAndView();
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
