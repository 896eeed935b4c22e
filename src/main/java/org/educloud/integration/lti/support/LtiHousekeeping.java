package org.educloud.integration.lti.support;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Once a night, on one node, forgets the LTI rows nothing can be done with any more: logins in flight (and
 * deep-linking requests) a day past their expiry (the day keeps "expired, start again" answerable rather than
 * "unknown"), and the one-time values (nonces, client assertion ids) whose tokens have expired, since a token past its
 * expiry is refused anyway. Nothing else deletes them: writing a launch or a value no longer sweeps the table.
 */
@Component
public class LtiHousekeeping {

    static final Duration LAUNCH_GRACE = Duration.ofDays(1);

    private final JdbcClient jdbc;
    private final Clock clock;

    LtiHousekeeping(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Void: ShedLock skips the run where another node holds the lock, and so can answer nothing. */
    @Scheduled(cron = "0 47 2 * * *")
    @SchedulerLock(name = "integration.lti-expired-launches", lockAtMostFor = "PT30M")
    @Transactional
    public void forgetExpired() {
        Instant now = clock.instant();
        jdbc.sql("DELETE FROM integration.lti_launch WHERE expires_at < ?")
                .param(Timestamp.from(now.minus(LAUNCH_GRACE))).update();
        jdbc.sql("DELETE FROM integration.lti_used_value WHERE expires_at < ?").param(Timestamp.from(now)).update();
    }
}
