package org.educloud.identity.oidc;

import java.sql.Timestamp;
import java.time.Clock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Once a night, on one node, forgets authorizations nothing can be done with any more: every code and token they
 * hold has expired. The authorization server itself deletes a row only when it is revoked, so without this the table
 * grows by a row per sign-in for ever. A row holding no code or token yet (a consent still being asked) is kept.
 */
@Component
class ExpiredAuthorizations {

    private final JdbcClient jdbc;
    private final Clock clock;

    ExpiredAuthorizations(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Void: ShedLock skips the run where another node holds the lock, and so can answer nothing. */
    @Scheduled(cron = "0 41 2 * * *")
    @SchedulerLock(name = "identity.oidc-expired-authorizations", lockAtMostFor = "PT30M")
    @Transactional
    public void forgetExpired() {
        jdbc.sql("""
                        DELETE FROM identity.oauth2_authorization
                        WHERE coalesce(authorization_code_expires_at, access_token_expires_at, refresh_token_expires_at,
                                oidc_id_token_expires_at) IS NOT NULL
                          AND (authorization_code_expires_at IS NULL OR authorization_code_expires_at < :now)
                          AND (access_token_expires_at IS NULL OR access_token_expires_at < :now)
                          AND (refresh_token_expires_at IS NULL OR refresh_token_expires_at < :now)
                          AND (oidc_id_token_expires_at IS NULL OR oidc_id_token_expires_at < :now)""")
                .param("now", Timestamp.from(clock.instant()))
                .update();
    }
}
