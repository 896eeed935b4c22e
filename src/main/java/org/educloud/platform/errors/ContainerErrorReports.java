package org.educloud.platform.errors;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.Host;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.educloud.platform.web.WebConfiguration;
import org.educloud.shared.ImsStatusInfo;
import org.educloud.shared.Problems;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * The answer to a request Tomcat refuses before the application sees it, chiefly a path it cannot decode
 * ({@code /%zz}, an encoded NUL or slash): in the shape of the path's family, like every other error, instead of
 * Tomcat's English status page. The page is plain (no template engine runs here) but in the visitor's language.
 * Errors inside the application never get here: they go to the error page, which writes the body first.
 */
final class ContainerErrorReports extends ErrorReportValve {

    private final MessageSource messages;
    private final JsonMapper json;

    ContainerErrorReports(MessageSource messages, JsonMapper json) {
        this.messages = messages;
        this.json = json;
    }

    @Override
    protected void report(Request request, Response response, @Nullable Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(true);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        Locale locale = locale(request);
        String path = request.getRequestURI() == null ? "/" : request.getRequestURI();
        try {
            switch (RequestFamily.ofPath(path)) {
                case API -> {
                    ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                            HttpStatusCode.valueOf(status),
                            messages.getMessage("platform.problem.malformedRequest", null, locale));
                    problem.setType(Problems.BAD_REQUEST);
                    problem.setTitle(messages.getMessage("platform.problem.title." + status, null,
                            messages.getMessage("platform.problem.title.400", null, locale), locale));
                    write(response, "application/problem+json", json.writeValueAsString(problem));
                }
                case IMS -> write(response, "application/json", json.writeValueAsString(
                        ImsStatusInfo.failure("invaliddata", "The request's path cannot be decoded.")));
                case XAPI -> {
                    response.setHeader("X-Experience-API-Version", "2.0.0");
                    write(response, "application/json", "{\"error\":\"The request's path cannot be decoded.\"}");
                }
                case OAUTH_TOKEN, PAGE -> write(response, "text/html", page(status, locale));
            }
        } catch (IOException | IllegalStateException e) {
            // the client is gone or the response was committed meanwhile: nothing left to tell it
        }
    }

    private String page(int status, Locale locale) {
        String title = messages.getMessage("platform.error." + status + ".title", null,
                messages.getMessage("platform.error.generic.title", null, locale), locale);
        String text = messages.getMessage("platform.error." + status + ".text", null,
                messages.getMessage("platform.error.generic.text", null, locale), locale);
        return "<!DOCTYPE html><html lang=\"" + locale.toLanguageTag() + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>"
                + HtmlUtils.htmlEscape(title) + "</title><link rel=\"stylesheet\" href=\"/css/app.css\"></head>"
                + "<body><main id=\"main\" class=\"narrow\"><section class=\"card error-card\">"
                + "<p class=\"status-code\">" + status + "</p><h1>" + HtmlUtils.htmlEscape(title) + "</h1>"
                + "<p>" + HtmlUtils.htmlEscape(text) + "</p><p><a class=\"button\" href=\"/\">"
                + HtmlUtils.htmlEscape(messages.getMessage("platform.error.backHome", null, locale))
                + "</a></p></section></main></body></html>";
    }

    private static void write(Response response, String contentType, String body) throws IOException {
        response.setContentType(contentType);
        response.setCharacterEncoding("UTF-8");
        PrintWriter writer = response.getReporter();
        if (writer != null) {
            writer.write(body);
            writer.flush();
        }
    }

    /** The language the pages would use: English only for a visitor who chose it (see WebConfiguration). */
    private static Locale locale(Request request) {
        boolean english = request.getCookies() != null && Arrays.stream(request.getCookies())
                .anyMatch(c -> WebConfiguration.LANGUAGE_COOKIE.equals(c.getName()) && c.getValue().startsWith("en"));
        return english ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }

    /**
     * Puts the valve on the host in place of the one Spring Boot adds, after Boot's own customizer has run, and names
     * its class so that Tomcat does not add a default one at start.
     */
    @Component
    static class Installer implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

        private final MessageSource messages;
        private final JsonMapper json;

        Installer(MessageSource messages, JsonMapper json) {
            this.messages = messages;
            this.json = json;
        }

        @Override
        public void customize(TomcatServletWebServerFactory factory) {
            factory.addContextCustomizers(context -> {
                Host host = (Host) context.getParent();
                for (Valve valve : host.getPipeline().getValves()) {
                    if (valve instanceof ErrorReportValve) {
                        host.getPipeline().removeValve(valve);
                    }
                }
                host.getPipeline().addValve(new ContainerErrorReports(messages, json));
                if (host instanceof StandardHost standard) {
                    standard.setErrorReportValveClass(ContainerErrorReports.class.getName());
                }
            });
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }
}
