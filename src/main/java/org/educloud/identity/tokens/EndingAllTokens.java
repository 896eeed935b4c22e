package org.educloud.identity.tokens;

import java.time.Clock;
import org.educloud.identity.accounts.Account;
import org.educloud.identity.accounts.AccountRepository;
import org.educloud.shared.AuditableActionOccurred;
import org.educloud.shared.UserId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ends every token of a person whose password was changed or reset (by themselves, by an admin's new activation
 * code, or by activation): whoever learnt the old password, and any token made with it, loses the API too, and
 * every application that signed the person in through the OpenID Connect provider loses its refresh token.
 * <p>
 * Internal to identity, not on the {@code ApiTokens} facade: it takes no {@code Scope}, so only the password and
 * account flows that have already checked who may act call it.
 */
@Service
@Transactional
public class EndingAllTokens {

    private final ApiTokenRepository tokens;
    private final AccountRepository accounts;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;
    private final Clock clock;

    EndingAllTokens(ApiTokenRepository tokens, AccountRepository accounts, ApplicationEventPublisher events,
                    JdbcClient jdbc, Clock clock) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void endAllOf(UserId owner, UserId actor, String because) {
        Account account = accounts.findById(owner.value()).orElseThrow();
        // the authorization server keeps a sign-in under the person's username (identity.oidc)
        int signIns = jdbc.sql("DELETE FROM identity.oauth2_authorization WHERE principal_name = ?")
                .param(account.username()).update();
        int ended = tokens.revokeAllOf(owner.value(), clock.instant()) + signIns;
        if (ended > 0) {
            events.publishEvent(new AuditableActionOccurred(actor, "token.revokedAll", account.username(),
                    account.homeOrgPath(), because + ": " + ended));
        }
    }
}
