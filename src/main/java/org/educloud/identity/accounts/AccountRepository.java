package org.educloud.identity.accounts;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface AccountRepository extends JpaRepository<Account, Long>, JpaSpecificationExecutor<Account> {

    @Query("""
            select a from Account a
            where lower(a.username) = lower(:login) or a.phone = :login or lower(a.email) = lower(:login)""")
    List<Account> findAllByLogin(String login);

    /**
     * The account a retired username still signs in to, until it expires by the database's clock: by its keyed hash,
     * or by the plain SHA-256 rows written before the key existed (see {@link RetiringLoginNames}).
     */
    @Query(value = "SELECT a.* FROM identity.account a JOIN identity.retired_login_name r ON r.account_id = a.id "
            + "WHERE ((r.name_hash = :keyedHash AND r.keyed) OR (r.name_hash = :legacyHash AND NOT r.keyed)) "
            + "AND r.expires_at > now() ORDER BY r.keyed DESC LIMIT 1", nativeQuery = true)
    Optional<Account> findByRetiredName(String keyedHash, String legacyHash);

    /**
     * A join with the names rather than {@code lower(username) IN (...)}: while an import of 100 000 people fills
     * the table inside one transaction, statistics lag behind, and a generic plan then compared every row with
     * every name (O(n·m), 136 s instead of 12 s on this machine). Usernames never contain a line break.
     */
    @Query(value = "SELECT a.username FROM unnest(string_to_array(:names, E'\\n')) AS n(u) "
            + "JOIN identity.account a ON lower(a.username) = n.u", nativeQuery = true)
    List<String> takenUsernamesAmong(String names);

    default List<String> takenUsernames(java.util.Collection<String> lowerCaseUsernames) {
        return lowerCaseUsernames.isEmpty() ? List.of() : takenUsernamesAmong(String.join("\n", lowerCaseUsernames));
    }

    @Query("select a.phone from Account a where a.phone in :phones")
    List<String> phonesInUse(java.util.Collection<String> phones);

    @Query("select count(a) > 0 from Account a where lower(a.username) = lower(:login) or a.phone = :login")
    boolean existsAsUsernameOrPhone(String login);

    @Query("select a from Account a where lower(a.username) = lower(:username)")
    Optional<Account> findByUsername(String username);

    boolean existsByPhone(String phone);

    /**
     * Written without the version check: one person logging in from two devices at once must not turn one of
     * the logins into a conflict.
     */
    @Modifying
    @Query("update Account a set a.lastLoginAt = :at where a.id = :id")
    void recordLogin(Long id, Instant at);

    /** Replaces an outdated hash, unless another login already did. */
    @Modifying
    @Query("update Account a set a.passwordHash = :fresh where a.id = :id and a.passwordHash = :outdated")
    void upgradeHash(Long id, String outdated, String fresh);

    @Query("select count(a) > 0 from Account a where lower(a.email) = lower(:email)")
    boolean existsByEmail(String email);

}
