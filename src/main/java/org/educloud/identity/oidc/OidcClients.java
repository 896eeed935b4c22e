package org.educloud.identity.oidc;

import java.net.URI;
import java.net.URISyntaxException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.educloud.identity.secrets.Secrets;
import org.educloud.shared.AuditableActionOccurred;
import org.educloud.shared.ForbiddenException;
import org.educloud.shared.NotFoundException;
import org.educloud.shared.OrgId;
import org.educloud.shared.OrgPath;
import org.educloud.shared.Role;
import org.educloud.shared.RuleViolationException;
import org.educloud.shared.Scope;
import org.educloud.tenancy.OrgNodeView;
import org.educloud.tenancy.TenancyManagement;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registering, listing and revoking OpenID Connect clients, each on an org node its admin administers. The
 * registration itself is Spring Authorization Server's {@link RegisteredClient}; {@code identity.oidc_client} adds the
 * node, so lists are scoped and the client signs in only that node's people.
 */
@Service
@Transactional
public class OidcClients {

    /** The scopes a client may be allowed beyond {@code openid}; each adds claims (see {@link OidcClaims}). */
    public static final List<String> OPTIONAL_SCOPES = List.of(OidcScopes.PROFILE, OidcScopes.EMAIL, OidcScopes.PHONE);
    static final Duration ACCESS_TOKEN_LIFETIME = Duration.ofMinutes(10);
    static final Duration REFRESH_TOKEN_LIFETIME = Duration.ofHours(12);
    private static final int MAX_URIS = 5;
    private static final String COLUMNS = """
            c.registered_client_id, c.client_id, c.name, c.org_id, c.org_path, c.pre_approved, c.confidential,
            c.created_at, c.revoked_at, r.redirect_uris, r.scopes""";

    private final JdbcClient jdbc;
    private final RegisteredClientRepository registrations;
    private final TenancyManagement tenancy;
    private final PasswordEncoder encoder;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OidcClients(JdbcClient jdbc, RegisteredClientRepository registrations, TenancyManagement tenancy,
                PasswordEncoder encoder, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.registrations = registrations;
        this.tenancy = tenancy;
        this.encoder = encoder;
        this.events = events;
        this.clock = clock;
    }

    public IssuedOidcClient register(Scope caller, OidcClientDraft draft) {
        OrgNodeView org = tenancy.visible(caller, draft.orgId());
        if (!caller.canAdminister(org.path())) {
            throw new ForbiddenException("identity.error.notYourOrg");
        }
        String name = draft.name().strip();
        if (name.isEmpty() || name.length() > 64) {
            throw new RuleViolationException("identity.oidc.nameRequired");
        }
        List<String> redirects = uris(draft.redirectUris());
        if (redirects.isEmpty()) {
            throw new RuleViolationException("identity.oidc.redirectRequired");
        }
        List<String> logoutRedirects = uris(draft.postLogoutRedirectUris());
        if (!OPTIONAL_SCOPES.containsAll(draft.scopes())) {
            throw new RuleViolationException("identity.oidc.unknownScope");
        }
        // Only a bureau (or the operator) may spare its people the consent page: a school admin's client asks.
        if (draft.preApproved() && !bureauAbove(caller, org.path())) {
            throw new ForbiddenException("identity.oidc.onlyBureauPreApproves");
        }
        String id = UUID.randomUUID().toString();
        String clientId = Secrets.clientId();
        String secret = draft.confidential() ? Secrets.clientSecret() : null;
        RegisteredClient.Builder client = RegisteredClient.withId(id).clientId(clientId).clientName(name)
                .clientIdIssuedAt(clock.instant())
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
                .redirectUris(set -> set.addAll(redirects))
                .postLogoutRedirectUris(set -> set.addAll(logoutRedirects))
                .scope(OidcScopes.OPENID)
                .scopes(set -> set.addAll(draft.scopes()))
                .clientSettings(ClientSettings.builder().requireProofKey(true)
                        .requireAuthorizationConsent(!draft.preApproved()).build())
                .tokenSettings(TokenSettings.builder().accessTokenTimeToLive(ACCESS_TOKEN_LIFETIME)
                        .refreshTokenTimeToLive(REFRESH_TOKEN_LIFETIME).reuseRefreshTokens(false).build());
        if (secret != null) {
            client.clientSecret(encoder.encode(secret))
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST);
        } else {
            client.clientAuthenticationMethod(ClientAuthenticationMethod.NONE);
        }
        registrations.save(client.build());
        jdbc.sql("""
                        INSERT INTO identity.oidc_client (registered_client_id, client_id, name, org_id, org_path,
                            pre_approved, confidential, created_by, created_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, clientId, name, org.id().value(), org.path().value(), draft.preApproved(),
                        draft.confidential(), caller.userId().value(), Timestamp.from(clock.instant()))
                .update();
        events.publishEvent(new AuditableActionOccurred(caller.userId(), "oidc.client.registered",
                clientId + " " + name, org.path(), String.join(" ", redirects)));
        return new IssuedOidcClient(id, clientId, secret);
    }

    @Transactional(readOnly = true)
    public List<OidcClientView> visibleTo(Scope caller) {
        String from = " FROM identity.oidc_client c LEFT JOIN identity.oauth2_registered_client r"
                + " ON r.id = c.registered_client_id";
        if (caller.isOperator()) {
            return jdbc.sql("SELECT " + COLUMNS + from + " ORDER BY c.created_at DESC").query(OidcClients::view).list();
        }
        List<OidcClientView> out = new ArrayList<>();
        for (OrgPath path : caller.adminPaths()) {
            out.addAll(jdbc.sql("SELECT " + COLUMNS + from + " WHERE c.org_path LIKE ? ORDER BY c.created_at DESC")
                    .param(path.likePattern()).query(OidcClients::view).list());
        }
        return out.stream().distinct().toList();
    }

    /** Revoking ends the registration, every authorization (so its tokens stop at userinfo and refresh) and consent. */
    public void revoke(Scope caller, String id) {
        OidcClientView client = managed(caller, id);
        if (client.revoked()) {
            return;
        }
        jdbc.sql("UPDATE identity.oidc_client SET revoked_at = ? WHERE registered_client_id = ?")
                .params(Timestamp.from(clock.instant()), id).update();
        jdbc.sql("DELETE FROM identity.oauth2_authorization WHERE registered_client_id = ?").param(id).update();
        jdbc.sql("DELETE FROM identity.oauth2_authorization_consent WHERE registered_client_id = ?").param(id).update();
        jdbc.sql("DELETE FROM identity.oauth2_registered_client WHERE id = ?").param(id).update();
        events.publishEvent(new AuditableActionOccurred(caller.userId(), "oidc.client.revoked",
                client.clientId() + " " + client.name(), client.orgPath(), null));
    }

    /** A client of a node the caller administers; any other is not found. */
    @Transactional(readOnly = true)
    public OidcClientView managed(Scope caller, String id) {
        return registered(id).filter(c -> caller.canAdminister(c.orgPath()))
                .orElseThrow(() -> new NotFoundException("identity.oidc.notFound"));
    }

    /** The node a client belongs to, while it is not revoked. */
    @Transactional(readOnly = true)
    public Optional<OrgPath> nodeOf(String registeredClientId) {
        return jdbc.sql("SELECT org_path FROM identity.oidc_client WHERE registered_client_id = ? AND revoked_at IS NULL")
                .param(registeredClientId).query(String.class).optional().map(OrgPath::new);
    }

    /** A client by its registration id, revoked or not (for naming it, e.g. in the audit log): no scope check. */
    @Transactional(readOnly = true)
    Optional<OidcClientView> registered(String registeredClientId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM identity.oidc_client c LEFT JOIN identity.oauth2_registered_client r"
                        + " ON r.id = c.registered_client_id WHERE c.registered_client_id = ?")
                .param(registeredClientId).query(OidcClients::view).optional();
    }

    /** As {@link #registered(String)}, by the public client id an authorization request names. */
    @Transactional(readOnly = true)
    Optional<OidcClientView> registeredByClientId(String clientId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM identity.oidc_client c LEFT JOIN identity.oauth2_registered_client r"
                        + " ON r.id = c.registered_client_id WHERE c.client_id = ?")
                .param(clientId).query(OidcClients::view).optional();
    }

    private static boolean bureauAbove(Scope caller, OrgPath path) {
        return caller.isOperator() || caller.holds(Role.REGION_ADMIN, path) || caller.holds(Role.DISTRICT_ADMIN, path);
    }

    /**
     * Absolute URIs without a fragment, HTTPS except on the loopback address (a native app or a developer's machine,
     * RFC 8252): a code sent over plain HTTP elsewhere could be read on the way.
     */
    static List<String> uris(List<String> given) {
        Set<String> out = new LinkedHashSet<>();
        for (String raw : given) {
            Arrays.stream(raw.split("[\\s,]+")).map(String::strip).filter(s -> !s.isEmpty()).forEach(out::add);
        }
        if (out.size() > MAX_URIS) {
            throw new RuleViolationException("identity.oidc.tooManyUris", MAX_URIS);
        }
        for (String uri : out) {
            if (!acceptable(uri)) {
                throw new RuleViolationException("identity.oidc.badUri", uri);
            }
        }
        return List.copyOf(out);
    }

    private static boolean acceptable(String value) {
        if (value.length() > 180) {
            return false;
        }
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
            boolean loopback = host.equals("localhost") || host.equals("127.0.0.1") || host.equals("[::1]");
            return uri.isAbsolute() && uri.getFragment() == null && !host.isEmpty()
                    && (scheme.equals("https") || scheme.equals("http") && loopback);
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static OidcClientView view(ResultSet rs, int row) throws SQLException {
        String redirects = rs.getString("redirect_uris");
        String scopes = rs.getString("scopes");
        return new OidcClientView(rs.getString("registered_client_id"), rs.getString("client_id"), rs.getString("name"),
                new OrgId(rs.getLong("org_id")), new OrgPath(rs.getString("org_path")), split(redirects),
                split(scopes), rs.getBoolean("pre_approved"), rs.getBoolean("confidential"),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("revoked_at") != null);
    }

    private static List<String> split(String commaSeparated) {
        return commaSeparated == null ? List.of()
                : Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
