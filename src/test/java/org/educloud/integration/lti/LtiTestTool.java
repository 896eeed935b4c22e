package org.educloud.integration.lti;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An LTI 1.3 tool written for the tests from the IMS specifications (Core 1.3, AGS 2.0, NRPS 2.0, Deep Linking 2.0),
 * independently of the platform's code: a JDK HTTP server on a random port with its own RSA key. It answers the
 * platform's login initiation with an authentication request, checks the id_token it gets back against the
 * platform's published JWKS (issuer, audience, nonce, expiry), answers a deep-linking request with a signed
 * response form, and calls the services with a token it obtains by a signed client assertion.
 */
final class LtiTestTool implements AutoCloseable {

    private final HttpServer server;
    private final RSAKey key;
    private final String platform;
    private final HttpClient http = HttpClient.newHttpClient();
    private final Map<String, String> nonceByState = new ConcurrentHashMap<>();
    final List<JWTClaimsSet> launches = new CopyOnWriteArrayList<>();
    final List<String> refusals = new CopyOnWriteArrayList<>();
    volatile String clientId = "";
    volatile String deploymentId = "";
    /** What the tool's login initiation sends back as redirect_uri (a test may make it lie). */
    volatile String redirectUri;
    /** The content items the tool answers a deep-linking request with. */
    volatile List<Map<String, Object>> contentItems = List.of();

    LtiTestTool(String platform) throws IOException, JOSEException {
        this.platform = platform;
        this.key = new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/jwks", this::jwks);
        server.createContext("/login", this::login);
        server.createContext("/launch", this::launch);
        server.createContext("/deep-link", this::launch);
        server.start();
        this.redirectUri = base() + "/launch";
    }

    String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void jwks(HttpExchange exchange) throws IOException {
        respond(exchange, 200, "application/json", new JWKSet(key.toPublicJWK()).toString());
    }

    /** Third-party initiated login: check the issuer and client, then ask the platform to authenticate. */
    private void login(HttpExchange exchange) throws IOException {
        Map<String, String> query = form(exchange.getRequestURI().getRawQuery());
        if (!platform.equals(query.get("iss")) || !clientId.equals(query.get("client_id"))
                || !deploymentId.equals(query.get("lti_deployment_id")) || query.get("login_hint") == null) {
            refusals.add("login initiation " + query);
            respond(exchange, 400, "text/plain", "bad login initiation");
            return;
        }
        String state = UUID.randomUUID().toString();
        String nonce = UUID.randomUUID().toString();
        nonceByState.put(state, nonce);
        Map<String, String> auth = new LinkedHashMap<>();
        auth.put("scope", "openid");
        auth.put("response_type", "id_token");
        auth.put("response_mode", "form_post");
        auth.put("prompt", "none");
        auth.put("client_id", clientId);
        auth.put("redirect_uri", redirectUri);
        auth.put("login_hint", query.get("login_hint"));
        auth.put("lti_message_hint", query.get("lti_message_hint"));
        auth.put("state", state);
        auth.put("nonce", nonce);
        exchange.getResponseHeaders().add("Location", platform + "/lti/auth?" + encode(auth));
        respond(exchange, 302, "text/plain", "");
    }

    /** The id_token arrives: verified against the platform's keys; a deep-linking request is answered at once. */
    private void launch(HttpExchange exchange) throws IOException {
        Map<String, String> body = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        String nonce = nonceByState.remove(body.getOrDefault("state", ""));
        try {
            if (nonce == null) {
                throw new IllegalStateException("unknown state");
            }
            JWTClaimsSet claims = verifiedIdToken(body.getOrDefault("id_token", ""), nonce);
            launches.add(claims);
            if ("LtiDeepLinkingRequest".equals(claims.getClaim("https://purl.imsglobal.org/spec/lti/claim/message_type"))) {
                @SuppressWarnings("unchecked")
                Map<String, Object> settings = (Map<String, Object>) claims.getClaim(
                        "https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings");
                String jwt = deepLinkingResponse(String.valueOf(settings.get("data")), key, Instant.now().plusSeconds(300),
                        UUID.randomUUID().toString());
                respond(exchange, 200, "text/html", "<form method=\"post\" action=\""
                        + settings.get("deep_link_return_url") + "\"><input type=\"hidden\" name=\"JWT\" value=\""
                        + jwt + "\"></form>");
                return;
            }
            respond(exchange, 200, "text/html", "<p>launched</p>");
        } catch (Exception e) {
            refusals.add("launch: " + e.getMessage());
            respond(exchange, 401, "text/plain", "refused");
        }
    }

    private JWTClaimsSet verifiedIdToken(String idToken, String nonce) throws Exception {
        String published = http.send(HttpRequest.newBuilder(URI.create(platform + "/oidc/jwks")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256,
                new ImmutableJWKSet<>(JWKSet.parse(published))));
        processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(clientId,
                new JWTClaimsSet.Builder().issuer(platform).claim("nonce", nonce).build(),
                Set.of("sub", "exp", "iat", "https://purl.imsglobal.org/spec/lti/claim/deployment_id")));
        JWTClaimsSet claims = processor.process(idToken, null);
        if (!deploymentId.equals(claims.getClaim("https://purl.imsglobal.org/spec/lti/claim/deployment_id"))
                || !"1.3.0".equals(claims.getClaim("https://purl.imsglobal.org/spec/lti/claim/version"))) {
            throw new IllegalStateException("not an LTI 1.3 message of our deployment");
        }
        return claims;
    }

    /** A deep-linking response for the request with this data, signed with the given key. */
    String deepLinkingResponse(String data, RSAKey signer, Instant expires, String nonce) throws JOSEException {
        return signed(signer, new JWTClaimsSet.Builder().issuer(clientId).audience(platform)
                .issueTime(new Date()).expirationTime(Date.from(expires)).claim("nonce", nonce)
                .claim("https://purl.imsglobal.org/spec/lti/claim/message_type", "LtiDeepLinkingResponse")
                .claim("https://purl.imsglobal.org/spec/lti/claim/version", "1.3.0")
                .claim("https://purl.imsglobal.org/spec/lti/claim/deployment_id", deploymentId)
                .claim("https://purl.imsglobal.org/spec/lti-dl/claim/data", data)
                .claim("https://purl.imsglobal.org/spec/lti-dl/claim/content_items", contentItems).build());
    }

    /** A client assertion for the token endpoint (RFC 7523), signed with the given key. */
    String clientAssertion(RSAKey signer, String jti, Instant expires) throws JOSEException {
        return signed(signer, new JWTClaimsSet.Builder().issuer(clientId).subject(clientId)
                .audience(platform + "/lti/token").issueTime(new Date()).expirationTime(Date.from(expires))
                .jwtID(jti).build());
    }

    RSAKey key() {
        return key;
    }

    /** Asks the token endpoint with this assertion; answers the status and body. */
    HttpResponse<String> token(String assertion, String scopes) throws Exception {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "client_credentials");
        form.put("client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer");
        form.put("client_assertion", assertion);
        form.put("scope", scopes);
        return http.send(HttpRequest.newBuilder(URI.create(platform + "/lti/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(form))).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String url, String token, String accept) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .header("Accept", accept).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String url, String token, String contentType, String json) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Any service request: a method, a bearer token and, for PUT and POST, a JSON body of the given type. */
    HttpResponse<String> send(String method, String url, String token, String contentType, String json)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token);
        if (json.isEmpty()) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", contentType).method(method, HttpRequest.BodyPublishers.ofString(json));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String signed(RSAKey signer, JWTClaimsSet claims) throws JOSEException {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(signer.getKeyID()).build(),
                claims);
        jwt.sign(new RSASSASigner(signer));
        return jwt.serialize();
    }

    static Map<String, String> form(String raw) {
        Map<String, String> values = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return values;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            values.put(name, eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return values;
    }

    static String encode(Map<String, String> values) {
        StringBuilder built = new StringBuilder();
        values.forEach((name, value) -> built.append(built.isEmpty() ? "" : "&")
                .append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8)));
        return built.toString();
    }

    private static void respond(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type + "; charset=utf-8");
        exchange.sendResponseHeaders(status, status == 302 ? -1 : bytes.length);
        if (status != 302) {
            exchange.getResponseBody().write(bytes);
        }
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
