package org.educloud.platform.errors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.stream.Collectors;
import org.educloud.shared.Problems;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * An API path no controller serves, a method or media type a route does not take: answered as problem details like
 * every other API error. Spring detects these while choosing the controller, so {@link ApiProblemAdvice}, which is
 * bound to REST controllers, never sees them and they would otherwise reach Boot's generic error JSON.
 */
@Component
class ApiRoutingProblems implements HandlerExceptionResolver, Ordered {

    private final ProblemResponses problems;

    ApiRoutingProblems(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public @Nullable ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response,
                                                   @Nullable Object handler, Exception e) {
        if (RequestFamily.of(request) != RequestFamily.API || response.isCommitted()) {
            return null;
        }
        try {
            switch (e) {
                case NoResourceFoundException ignored -> problems.write(request, response, HttpStatus.NOT_FOUND,
                        Problems.NOT_FOUND, "platform.problem.noRoute");
                case NoHandlerFoundException ignored -> problems.write(request, response, HttpStatus.NOT_FOUND,
                        Problems.NOT_FOUND, "platform.problem.noRoute");
                case HttpRequestMethodNotSupportedException method -> {
                    String allowed = method.getSupportedHttpMethods() == null ? ""
                            : method.getSupportedHttpMethods().stream().map(Object::toString)
                                    .collect(Collectors.joining(", "));
                    if (!allowed.isEmpty()) {
                        response.setHeader("Allow", allowed);
                    }
                    problems.write(request, response, HttpStatus.METHOD_NOT_ALLOWED, Problems.BAD_REQUEST,
                            "platform.problem.methodNotAllowed", method.getMethod(), allowed);
                }
                case HttpMediaTypeNotSupportedException media -> problems.write(request, response,
                        HttpStatus.UNSUPPORTED_MEDIA_TYPE, Problems.BAD_REQUEST, "platform.problem.unsupportedMediaType",
                        media.getSupportedMediaTypes().stream().map(MediaType::toString)
                                .collect(Collectors.joining(", ")));
                default -> {
                    return null;
                }
            }
        } catch (IOException gone) {
            // the client left while the answer was written; nothing more to tell it
        }
        return new ModelAndView();
    }

    @Override
    public int getOrder() {
        // before Spring MVC's own resolvers, which would send the error to Boot's error JSON
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }
}
