package org.educloud.integration.lti;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person's browser for the LTI tests: keeps cookies, follows redirects across the platform and the tool itself
 * (hop by hop, so a test sees each step), and submits the auto-posting forms both sides answer with, as a browser
 * running their script would.
 */
final class LtiBrowser {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern FORM = Pattern.compile("<form[^>]*method=\"post\"[^>]*action=\"([^\"]+)\"|"
            + "<form[^>]*action=\"([^\"]+)\"[^>]*method=\"post\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern HIDDEN = Pattern.compile(
            "<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"");

    private final String platform;
    final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    LtiBrowser(String platform) {
        this.platform = platform;
    }

    LtiBrowser logIn(String username, String password) throws Exception {
        String page = get(platform + "/login").body();
        HttpResponse<String> done = post(platform + "/login", Map.of("username", username, "password", password,
                "_csrf", csrf(page)));
        assertThat(done.statusCode()).as("logged in as " + username).isEqualTo(302);
        assertThat(done.headers().firstValue("Location").orElse("")).doesNotContain("error");
        return this;
    }

    HttpResponse<String> get(String url) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(absolute(url))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String url, Map<String, String> form) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(absolute(url)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(LtiTestTool.encode(form))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Posts a page's form with its CSRF token, as the person pressing its button. */
    HttpResponse<String> submit(String pageUrl, String action, Map<String, String> fields) throws Exception {
        Map<String, String> form = new LinkedHashMap<>(fields);
        form.put("_csrf", csrf(get(pageUrl).body()));
        return post(action, form);
    }

    /**
     * Follows a response to its end: redirects are followed, and a page holding one posting form with hidden fields
     * (the platform's id_token page, the tool's deep-linking answer) is submitted. Answers the last response.
     */
    HttpResponse<String> follow(HttpResponse<String> response) throws Exception {
        for (int hop = 0; hop < 12; hop++) {
            HttpResponse<String> next = step(response);
            if (next == null) {
                return response;
            }
            response = next;
        }
        throw new AssertionError("too many hops");
    }

    /** One hop of {@link #follow}: the redirect followed or the auto-posting form posted; null at the end. */
    HttpResponse<String> step(HttpResponse<String> response) throws Exception {
        if (response.statusCode() >= 300 && response.statusCode() < 400) {
            String location = response.headers().firstValue("Location").orElseThrow();
            return get(response.uri().resolve(location).toString());
        }
        boolean autoPosting = response.body().contains("id=\"lti-launch\"")
                || !URI.create(platform).resolve("/").equals(response.uri().resolve("/"));
        Matcher form = FORM.matcher(response.body());
        if (response.statusCode() == 200 && autoPosting && form.find()) {
            String action = form.group(1) != null ? form.group(1) : form.group(2);
            Map<String, String> fields = new LinkedHashMap<>();
            Matcher hidden = HIDDEN.matcher(response.body());
            while (hidden.find()) {
                fields.put(hidden.group(1), unescape(hidden.group(2)));
            }
            return post(response.uri().resolve(unescape(action)).toString(), fields);
        }
        return null;
    }

    private String absolute(String url) {
        return url.startsWith("/") ? platform + url : url;
    }

    static String csrf(String page) {
        Matcher matcher = CSRF.matcher(page);
        assertThat(matcher.find()).as("a CSRF token on the page").isTrue();
        return matcher.group(1);
    }

    private static String unescape(String html) {
        return html.replace("&amp;", "&").replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<")
                .replace("&gt;", ">");
    }
}
