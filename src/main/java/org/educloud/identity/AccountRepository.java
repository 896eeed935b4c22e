package org.educloud.identity;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AccountRepository extends JpaRepository<Account, Long>, JpaSpecificationExecutor<Account> {

    /** People log in with their username, phone number or email address. */
    @Query("""
            select a from Account a
            where lower(a.username) = lower(:login) or a.phone = :login or lower(a.email) = lower(:login)""")
    Optional<Account> findByLogin(String login);

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
