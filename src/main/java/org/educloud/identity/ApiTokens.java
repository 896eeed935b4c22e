package org.educloud.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.educloud.identity.accounts.Account;
import org.educloud.identity.accounts.AccountRepository;
import org.educloud.identity.accounts.RoleGrant;
import org.educloud.identity.accounts.RoleGrantRepository;
import org.educloud.identity.secrets.Secrets;
import org.educloud.identity.tokens.ApiToken;
import org.educloud.identity.tokens.ApiTokenRepository;
import org.educloud.shared.AuditableActionOccurred;
import org.educloud.shared.ForbiddenException;
import org.educloud.shared.NotFoundException;
import org.educloud.shared.OrgPath;
import org.educloud.shared.Role;
import org.educloud.shared.Scope;
import org.educloud.shared.UserId;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Personal access tokens for the JSON API: each acts with its owner's scope, no more. */
@Service
@Transactional
public class ApiTokens {

    private final ApiTokenRepository tokens;
    private final AccountRepository accounts;
    private final RoleGrantRepository grants;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ApiTokens(ApiTokenRepository tokens, AccountRepository accounts, RoleGrantRepository grants,
              ApplicationEventPublisher events, Clock clock) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.grants = grants;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Whether a person may hold personal tokens: staff who connect scripts and tools to their work. Students and
     * parents use the pages (and the apps of integration clients); a token in a child's hands would only be a
     * second password that outlives the first.
     */
    @Transactional(readOnly = true)
    public boolean mayHoldTokens(UserId owner) {
        return grants.findByAccountIdOrderById(owner.value()).stream()
                .anyMatch(g -> g.role().administrative() || g.role() == Role.TEACHER);
    }

    /** Creates a token and returns its secret, which is shown once and stored only as a hash. */
    public String create(UserId owner, String name, @Nullable Integer validDays, ApiTokenScope scope) {
        if (!mayHoldTokens(owner)) {
            throw new ForbiddenException("identity.error.tokensForStaffOnly");
        }
        String secret = Secrets.apiToken();
        Instant now = clock.instant();
        Instant expires = validDays == null || validDays <= 0 ? null : now.plus(Duration.ofDays(Math.min(validDays, 3650)));
        ApiToken token = tokens.save(new ApiToken(owner, name.strip(), Secrets.sha256(secret),
                secret.substring(0, Secrets.TOKEN_PREFIX.length() + 4), scope, now, expires));
        events.publishEvent(new AuditableActionOccurred(owner, "token.created", token.name(), homeOf(owner),
                scope.name()));
        return secret;
    }

    @Transactional(readOnly = true)
    public List<ApiTokenView> of(UserId owner) {
        Instant now = clock.instant();
        return tokens.findByAccountIdOrderByCreatedAtDesc(owner.value()).stream().map(t -> t.view(now)).toList();
    }

    public void revoke(UserId owner, long tokenId) {
        ApiToken token = tokens.findByIdAndAccountId(tokenId, owner.value())
                .orElseThrow(() -> new NotFoundException("identity.error.tokenNotFound"));
        token.revoke(clock.instant());
        audit(owner, "token.revoked", token.name());
    }

    /**
     * The caller a presented secret stands for, if the token is usable and its account active, with the scope
     * of the owner's grants as they are now: read here once, so the request does not read them again.
     */
    Optional<TokenCaller> authenticate(String secret) {
        Instant now = clock.instant();
        return tokens.findWithOwnerByTokenHash(Secrets.sha256(secret))
                .filter(found -> found.token().usableAt(now) && found.owner().status() == AccountStatus.ACTIVE)
                .map(found -> {
                    found.token().usedAt(now);
                    Account owner = found.owner();
                    List<RoleGrant> held = grants.findByAccountIdOrderById(owner.id().value());
                    return new TokenCaller(
                            new AccountPrincipal(owner.id(), owner.username(), owner.displayName(),
                                    held.stream().map(RoleGrant::role).distinct().toList()),
                            new Scope(owner.id(), held.stream().map(RoleGrant::asScopeGrant).toList()),
                            found.token().scope());
                });
    }

    /** Who a bearer token acts for, with what scope of org nodes, and whether it may change anything. */
    record TokenCaller(AccountPrincipal principal, Scope scope, ApiTokenScope tokenScope) {
    }

    private void audit(UserId owner, String action, String tokenName) {
        events.publishEvent(new AuditableActionOccurred(owner, action, tokenName, homeOf(owner), null));
    }

    private OrgPath homeOf(UserId owner) {
        return accounts.findById(owner.value()).orElseThrow().homeOrgPath();
    }
}
