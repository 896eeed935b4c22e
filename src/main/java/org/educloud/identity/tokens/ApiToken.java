package org.educloud.identity.tokens;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.educloud.identity.ApiTokenScope;
import org.educloud.identity.ApiTokenView;
import org.educloud.shared.UserId;
import org.jspecify.annotations.Nullable;

@Entity
@Table(schema = "identity", name = "api_token")
public class ApiToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long accountId;

    private String name;

    private String tokenHash;

    private String tokenPrefix;

    @Enumerated(EnumType.STRING)
    private ApiTokenScope scope;

    private Instant createdAt;

    private @Nullable Instant expiresAt;

    private @Nullable Instant lastUsedAt;

    private @Nullable Instant revokedAt;

    protected ApiToken() {
        // for JPA
    }

    public ApiToken(UserId account, String name, String tokenHash, String tokenPrefix, ApiTokenScope scope, Instant now,
             @Nullable Instant expiresAt) {
        this.accountId = account.value();
        this.name = name;
        this.tokenHash = tokenHash;
        this.tokenPrefix = tokenPrefix;
        this.scope = scope;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    public boolean usableAt(Instant now) {
        return revokedAt == null && (expiresAt == null || now.isBefore(expiresAt));
    }

    /** Records use at most once a minute, so a busy client does not turn every read into a write. */
    public void usedAt(Instant now) {
        if (lastUsedAt == null || lastUsedAt.isBefore(now.minusSeconds(60))) {
            lastUsedAt = now;
        }
    }

    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    public ApiTokenView view(Instant now) {
        return new ApiTokenView(id, name, tokenPrefix, createdAt, expiresAt, lastUsedAt, revokedAt != null,
                usableAt(now), scope);
    }

    UserId accountId() {
        return new UserId(accountId);
    }

    public String name() {
        return name;
    }

    public ApiTokenScope scope() {
        return scope;
    }
}
