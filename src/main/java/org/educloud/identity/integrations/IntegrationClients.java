package org.educloud.identity.integrations;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.educloud.identity.IntegrationCaller;
import org.educloud.identity.IntegrationScope;
import org.educloud.identity.secrets.Secrets;
import org.educloud.shared.AuditableActionOccurred;
import org.educloud.shared.ForbiddenException;
import org.educloud.shared.NotFoundException;
import org.educloud.shared.OrgId;
import org.educloud.shared.OrgPath;
import org.educloud.shared.RuleViolationException;
import org.educloud.shared.Scope;
import org.educloud.tenancy.OrgNodeView;
import org.educloud.tenancy.TenancyManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Integration clients and the OAuth 2 client-credentials grant. Admins register a client on an org node they
 * administer and choose its scopes; the client trades its id and secret for a short-lived access token, which
 * reads only below that node. Secrets and tokens are long random values kept as SHA-256 hashes.
 */
@Service
@Transactional
public class IntegrationClients {

    static final Duration TOKEN_LIFETIME = Duration.ofHours(1);
    private static final String CLIENT_COLUMNS =
            "id, client_id, name, org_id, org_path, scopes, created_at, last_used_at, revoked_at";

    private final JdbcClient jdbc;
    private final TenancyManagement tenancy;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    IntegrationClients(JdbcClient jdbc, TenancyManagement tenancy, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.tenancy = tenancy;
        this.events = events;
        this.clock = clock;
    }

    public IssuedClientCredentials register(Scope caller, OrgId orgId, String name,
                                            Collection<IntegrationScope> scopes) {
        OrgNodeView org = tenancy.visible(caller, orgId);
        if (!caller.canAdminister(org.path())) {
            throw new ForbiddenException("identity.error.notYourOrg");
        }
        String trimmed = name.strip();
        if (trimmed.isEmpty() || trimmed.length() > 64) {
            throw new RuleViolationException("identity.integration.nameRequired");
        }
        Set<String> granted = new LinkedHashSet<>(scopes.stream().map(IntegrationScope::uri).toList());
        if (granted.isEmpty()) {
            throw new RuleViolationException("identity.integration.scopesRequired");
        }
        String clientId = Secrets.clientId();
        String secret = Secrets.clientSecret();
        long id = jdbc.sql("""
                        INSERT INTO identity.integration_client
                            (client_id, name, secret_hash, org_id, org_path, scopes, created_by, created_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(clientId, trimmed, Secrets.sha256(secret), org.id().value(), org.path().value(),
                        String.join(" ", granted), caller.userId().value(), Timestamp.from(clock.instant()))
                .query(Long.class).single();
        events.publishEvent(new AuditableActionOccurred(caller.userId(), "integration.registered",
                clientId + " " + trimmed, org.path(), String.join(" ", granted)));
        return new IssuedClientCredentials(id, clientId, secret);
    }

    @Transactional(readOnly = true)
    public List<IntegrationClientView> visibleTo(Scope caller) {
        if (caller.isOperator()) {
            return jdbc.sql("SELECT " + CLIENT_COLUMNS + " FROM identity.integration_client ORDER BY id DESC")
                    .query(IntegrationClients::view).list();
        }
        List<IntegrationClientView> out = new ArrayList<>();
        for (OrgPath path : caller.adminPaths()) {
            out.addAll(jdbc.sql("SELECT " + CLIENT_COLUMNS
                            + " FROM identity.integration_client WHERE org_path LIKE ? ORDER BY id DESC")
                    .param(path.likePattern()).query(IntegrationClients::view).list());
        }
        return out.stream().distinct().toList();
    }

    /** Revoking a client also ends its tokens at once. */
    public void revoke(Scope caller, long id) {
        IntegrationClientView client = jdbc.sql("SELECT " + CLIENT_COLUMNS
                        + " FROM identity.integration_client WHERE id = ?")
                .param(id).query(IntegrationClients::view).optional()
                .filter(c -> caller.canAdminister(c.orgPath()))
                .orElseThrow(() -> new NotFoundException("identity.integration.notFound"));
        if (client.revoked()) {
            return;
        }
        jdbc.sql("UPDATE identity.integration_client SET revoked_at = ? WHERE id = ?")
                .params(Timestamp.from(clock.instant()), id).update();
        jdbc.sql("DELETE FROM identity.integration_token WHERE client_id = ?").param(id).update();
        events.publishEvent(new AuditableActionOccurred(caller.userId(), "integration.revoked",
                client.clientId() + " " + client.name(), client.orgPath(), null));
    }

    /**
     * The client-credentials grant: checks the client's secret and the requested scopes (all granted ones when
     * none are asked for) and issues a token.
     */
    public AccessTokenGrant grant(String clientId, String clientSecret, @Nullable String requestedScope) {
        record Client(long id, String secretHash, Set<String> scopes) {
        }
        Optional<Client> found = jdbc.sql("""
                        SELECT id, secret_hash, scopes FROM identity.integration_client
                        WHERE client_id = ? AND revoked_at IS NULL""")
                .param(clientId)
                .query((rs, n) -> new Client(rs.getLong(1), rs.getString(2), scopes(rs.getString(3))))
                .optional();
        if (found.isEmpty() || !sameHash(found.get().secretHash(), Secrets.sha256(clientSecret))) {
            throw new TokenRequestRefused("invalid_client", 401, "Unknown client or wrong secret.");
        }
        Client client = found.get();
        Set<String> scopes = requestedScope == null || requestedScope.isBlank()
                ? client.scopes() : scopes(requestedScope);
        if (!client.scopes().containsAll(scopes)) {
            throw new TokenRequestRefused("invalid_scope", 400,
                    "The client is not granted: " + String.join(" ", difference(scopes, client.scopes())));
        }
        Instant now = clock.instant();
        String token = Secrets.accessToken();
        jdbc.sql("DELETE FROM identity.integration_token WHERE client_id = ? AND expires_at <= ?")
                .params(client.id(), Timestamp.from(now)).update();
        jdbc.sql("""
                        INSERT INTO identity.integration_token (token_hash, client_id, scopes, issued_at, expires_at)
                        VALUES (?, ?, ?, ?, ?)""")
                .params(Secrets.sha256(token), client.id(), String.join(" ", scopes), Timestamp.from(now),
                        Timestamp.from(now.plus(TOKEN_LIFETIME)))
                .update();
        jdbc.sql("UPDATE identity.integration_client SET last_used_at = ? WHERE id = ?")
                .params(Timestamp.from(now), client.id()).update();
        return new AccessTokenGrant(token, TOKEN_LIFETIME.toSeconds(), String.join(" ", scopes));
    }

    /**
     * The client HTTP Basic credentials stand for (the xAPI way of authenticating LRS clients), while it is not
     * revoked; it acts with all the scopes it was granted.
     */
    @Transactional(readOnly = true)
    Optional<IntegrationCaller> authenticateBasic(String clientId, String clientSecret) {
        record Client(String secretHash, IntegrationCaller caller) {
        }
        return jdbc.sql("""
                        SELECT secret_hash, client_id, name, org_path, scopes FROM identity.integration_client
                        WHERE client_id = ? AND revoked_at IS NULL""")
                .param(clientId)
                .query((rs, n) -> new Client(rs.getString(1), new IntegrationCaller(rs.getString(2), rs.getString(3),
                        new OrgPath(rs.getString(4)), typed(scopes(rs.getString(5))))))
                .optional()
                .filter(c -> sameHash(c.secretHash(), Secrets.sha256(clientSecret)))
                .map(Client::caller);
    }

    /** The client an access token stands for, while the token is unexpired and the client not revoked. */
    @Transactional(readOnly = true)
    public Optional<IntegrationCaller> authenticate(String token) {
        return jdbc.sql("""
                        SELECT c.client_id, c.name, c.org_path, t.scopes
                        FROM identity.integration_token t JOIN identity.integration_client c ON c.id = t.client_id
                        WHERE t.token_hash = ? AND t.expires_at > ? AND c.revoked_at IS NULL""")
                .params(Secrets.sha256(token), Timestamp.from(clock.instant()))
                .query((rs, n) -> new IntegrationCaller(rs.getString(1), rs.getString(2),
                        new OrgPath(rs.getString(3)), typed(scopes(rs.getString(4)))))
                .optional();
    }

    private static IntegrationClientView view(ResultSet rs, int row) throws SQLException {
        Timestamp lastUsed = rs.getTimestamp("last_used_at");
        return new IntegrationClientView(rs.getLong("id"), rs.getString("client_id"), rs.getString("name"),
                new OrgId(rs.getLong("org_id")), new OrgPath(rs.getString("org_path")),
                List.copyOf(scopes(rs.getString("scopes"))), rs.getTimestamp("created_at").toInstant(),
                lastUsed == null ? null : lastUsed.toInstant(), rs.getTimestamp("revoked_at") != null);
    }

    private static Set<String> scopes(String spaceSeparated) {
        Set<String> out = new LinkedHashSet<>();
        Arrays.stream(spaceSeparated.strip().split("\\s+")).filter(s -> !s.isEmpty()).forEach(out::add);
        return out;
    }

    /** Stored names are only ever written from {@link IntegrationScope}s; one retired since opens nothing. */
    private static Set<IntegrationScope> typed(Set<String> names) {
        Set<IntegrationScope> out = EnumSet.noneOf(IntegrationScope.class);
        names.forEach(name -> IntegrationScope.named(name).ifPresent(out::add));
        return out;
    }

    private static List<String> difference(Set<String> asked, Set<String> granted) {
        return asked.stream().filter(s -> !granted.contains(s)).toList();
    }

    private static boolean sameHash(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
    }
}
