package org.educloud.identity.tokens;

import java.util.List;
import java.util.Optional;
import java.time.Instant;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

    /** The token with its owner in one query, since every request of the JSON API presents one. */
    @Query("select new org.educloud.identity.tokens.TokenOwner(t, a) from ApiToken t, Account a"
            + " where a.id = t.accountId and t.tokenHash = :tokenHash")
    Optional<TokenOwner> findWithOwnerByTokenHash(String tokenHash);

    List<ApiToken> findByAccountIdOrderByCreatedAtDesc(Long accountId);

    Optional<ApiToken> findByIdAndAccountId(Long id, Long accountId);

    @Modifying
    @Query("update ApiToken t set t.revokedAt = :now where t.accountId = :accountId and t.revokedAt is null")
    int revokeAllOf(Long accountId, Instant now);
}
