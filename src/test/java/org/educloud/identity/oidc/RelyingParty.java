package org.educloud.identity.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A relying party as a test drives it over real HTTP: a browser's cookie jar that follows no redirect by itself
 * (the test reads each Location), PKCE, the back-channel token request, and verification of the tokens against the
 * published JWKS with Nimbus JOSE alone, knowing nothing of the server's internals.
 */
final class RelyingParty {

    static final String REDIRECT = "http://127.0.0.1:9/callback";
    static final String SIGNED_OUT = "http://127.0.0.1:9/signed-out";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    final String base;
    final String clientId;
    final @Nullable String secret;
    final HttpClient browser;
    String verifier = random();
    final String state = random();
    final String nonce = random();

    RelyingParty(int port, String clientId, @Nullable String secret) {
        this.base = "http://localhost:" + port;
        this.clientId = clientId;
        this.secret = secret;
        this.browser = HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    String authorizeUrl(String scope, String redirect) {
        return base + "/oidc/authorize?" + form(Map.of("response_type", "code", "client_id", clientId,
                "redirect_uri", redirect, "scope", scope, "state", state, "nonce", nonce,
                "code_challenge", challenge(verifier), "code_challenge_method", "S256"));
    }

    /** Signs the person in (the fixtures' password) and exchanges the code with the verifier: the token response. */
    JsonNode tokensFor(String username, String scope) throws Exception {
        String callback = signIn(username, org.educloud.support.TenantFixture.PASSWORD, scope);
        assertThat(callback).startsWith(REDIRECT);
        HttpResponse<String> tokens = exchange(codeOf(callback), verifier);
        assertThat(tokens.statusCode()).as(tokens.body()).isEqualTo(200);
        return json(tokens.body());
    }

    /** Starts at the authorization endpoint, logs in through the real form, consents if asked; the final Location. */
    String signIn(String username, String password, String scope) throws Exception {
        HttpResponse<String> first = get(authorizeUrl(scope, REDIRECT));
        assertThat(first.statusCode()).as("sent to log in").isEqualTo(302);
        assertThat(location(first)).endsWith("/login");
        HttpResponse<String> login = get(location(first));
        assertThat(login.headers().firstValue("Content-Security-Policy").orElseThrow())
                .as("a browser may follow the login form to the app").contains("form-action 'self' http://127.0.0.1:9");
        String loginPage = login.body();
        HttpResponse<String> loggedIn = post(base + "/login", Map.of("username", username, "password", password,
                "_csrf", csrf(loginPage)), null);
        assertThat(loggedIn.statusCode()).isEqualTo(302);
        assertThat(location(loggedIn)).as("back to the authorization request").contains("/oidc/authorize");
        return follow(location(loggedIn));
    }

    /** Follows redirects on EduCloud (consenting on the consent page) until one leads away from it. */
    String follow(String url) throws Exception {
        for (int hop = 0; hop < 6; hop++) {
            if (!url.startsWith(base) && !url.startsWith("/")) {
                return url;
            }
            HttpResponse<String> response = get(url.startsWith("/") ? base + url : url);
            if (response.statusCode() == 200 && url.contains("/oidc/consent")) {
                response = consent(response.body());
            }
            if (response.statusCode() != 302) {
                return "status " + response.statusCode() + " at " + url;
            }
            url = location(response);
        }
        throw new AssertionError("too many redirects");
    }

    private HttpResponse<String> consent(String page) throws Exception {
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher hidden = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"").matcher(
                page.substring(0, page.indexOf("consent-approve")));
        String scopes = "";
        while (hidden.find()) {
            if (hidden.group(1).equals("scope")) {
                scopes = hidden.group(2);
            } else {
                fields.put(hidden.group(1), unescape(hidden.group(2)));
            }
        }
        Matcher boxes = Pattern.compile("name=\"scope\" value=\"([^\"]+)\" checked").matcher(page);
        StringBuilder body = new StringBuilder(form(fields));
        body.append("&scope=").append(scopes);
        while (boxes.find()) {
            body.append("&scope=").append(boxes.group(1));
        }
        return browser.send(HttpRequest.newBuilder(URI.create(base + "/oidc/authorize"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
    }

    static String codeOf(String callback) {
        return query(callback).get("code");
    }

    static Map<String, String> query(String url) {
        String query = URI.create(url).getRawQuery();
        Map<String, String> out = new LinkedHashMap<>();
        for (String pair : query == null ? new String[0] : query.split("&")) {
            int eq = pair.indexOf('=');
            out.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return out;
    }

    HttpResponse<String> exchange(String code, String codeVerifier) throws Exception {
        return token(Map.of("grant_type", "authorization_code", "code", code, "redirect_uri", REDIRECT,
                "code_verifier", codeVerifier));
    }

    HttpResponse<String> refresh(String refreshToken) throws Exception {
        return token(Map.of("grant_type", "refresh_token", "refresh_token", refreshToken));
    }

    private HttpResponse<String> token(Map<String, String> params) throws Exception {
        Map<String, String> all = new LinkedHashMap<>(params);
        String basic = null;
        if (secret == null) {
            all.put("client_id", clientId);
        } else {
            basic = "Basic " + Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
        }
        // the back channel: no browser cookies
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/oidc/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(all)));
        if (basic != null) {
            request.header("Authorization", basic);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> userInfo(String accessToken) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/oidc/userinfo"))
                .header("Authorization", "Bearer " + accessToken).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    JsonNode discovery() throws Exception {
        return json(HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(base + "/.well-known/openid-configuration")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body());
    }

    /** Verifies a JWT's signature against the JWKS the discovery document names, and returns its claims. */
    JWTClaimsSet verified(String jwt) throws Exception {
        String jwksUri = discovery().get("jwks_uri").asString();
        String jwks = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(jwksUri)).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256,
                new ImmutableJWKSet<>(JWKSet.parse(jwks))));
        return processor.process(jwt, null);
    }

    static JsonNode json(String body) throws Exception {
        return JSON.readTree(body);
    }

    HttpResponse<String> get(String url) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String url, Map<String, String> params, @Nullable String accept) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", accept == null ? "text/html" : accept)
                .POST(HttpRequest.BodyPublishers.ofString(form(params))).build(), HttpResponse.BodyHandlers.ofString());
    }

    static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").orElseThrow(() -> new AssertionError(
                "no redirect, status " + response.statusCode()));
    }

    static Optional<String> csrfOf(String page) {
        Matcher m = CSRF.matcher(page);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private static String csrf(String page) {
        return csrfOf(page).orElseThrow(() -> new AssertionError("no CSRF token on the login page"));
    }

    private static String unescape(String html) {
        return html.replace("&amp;", "&").replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<")
                .replace("&gt;", ">");
    }

    static String form(Map<String, String> params) {
        return params.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
