package org.educloud.platform.uploads;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import org.educloud.platform.errors.ProblemResponses;
import org.educloud.shared.Problems;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * The answers of the {@link UploadGate}, written straight away and flushed: a problem detail on the API, a small
 * page for forms. The page cannot come from the error page: that is another pass through the filters, and with a
 * multipart body the CSRF check there would read the very body being refused.
 */
@Component
class UploadRefusals {

    /** Seconds after which a refused upload may well be let in: uploads of school files take that order of time. */
    static final String RETRY_AFTER = "10";

    private final MessageSource messages;
    private final LocaleResolver locales;
    private final ProblemResponses problemResponses;
    private final ITemplateEngine templates;

    UploadRefusals(MessageSource messages, LocaleResolver locales, ProblemResponses problemResponses,
                   ITemplateEngine templates) {
        this.messages = messages;
        this.locales = locales;
        this.problemResponses = problemResponses;
        this.templates = templates;
    }

    void tooLarge(HttpServletRequest request, HttpServletResponse response, long maxBytes, boolean problems)
            throws IOException {
        refuse(request, response, HttpStatus.CONTENT_TOO_LARGE, Problems.TOO_LARGE, problems,
                "platform.problem.tooLarge", String.valueOf(maxBytes / (1024 * 1024)));
    }

    void tooManyUploads(HttpServletRequest request, HttpServletResponse response, int perPerson, boolean problems)
            throws IOException {
        response.setHeader("Retry-After", RETRY_AFTER);
        refuse(request, response, HttpStatus.TOO_MANY_REQUESTS, Problems.TOO_MANY_UPLOADS, problems,
                "platform.problem.tooManyUploads", perPerson);
    }

    void signInFirst(HttpServletRequest request, HttpServletResponse response, boolean problems) throws IOException {
        refuse(request, response, HttpStatus.UNAUTHORIZED, Problems.UNAUTHORIZED, problems,
                "platform.problem.signInToUpload");
    }

    void badUpload(HttpServletRequest request, HttpServletResponse response, boolean problems) throws IOException {
        refuse(request, response, HttpStatus.BAD_REQUEST, Problems.BAD_REQUEST, problems, "platform.problem.badUpload");
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, HttpStatus status, URI type,
                        boolean problems, String key, Object... args) throws IOException {
        // the rest of the body is not wanted: Tomcat closes the connection rather than read on for the next request
        response.setHeader("Connection", "close");
        if (problems) {
            problemResponses.write(request, response, status, type, key, args);
        } else {
            Locale locale = locales.resolveLocale(request);
            String detail = messages.getMessage(key, args, locale);
            response.setStatus(status.value());
            response.setCharacterEncoding("UTF-8");
            response.setContentType(MediaType.TEXT_HTML_VALUE);
            var exchange = JakartaServletWebApplication.buildApplication(request.getServletContext())
                    .buildExchange(request, response);
            templates.process("platform/upload-refused", new WebContext(exchange, locale, Map.of(
                    "status", status.value(),
                    "title", messages.getMessage("platform.error." + status.value() + ".title", null, locale),
                    "detail", detail,
                    "back", messages.getMessage("platform.error.backHome", null, locale))), response.getWriter());
        }
        response.flushBuffer();
    }
}
