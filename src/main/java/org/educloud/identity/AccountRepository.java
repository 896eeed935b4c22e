package org.educloud.identity;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
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

    @Query("select count(a) > 0 from Account a where lower(a.email) = lower(:email)")
    boolean existsByEmail(String email);

}
