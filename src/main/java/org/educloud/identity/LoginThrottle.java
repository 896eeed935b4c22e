package org.educloud.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed logins per account and per address in the database, so every application node sees the same
 * counts. Each lock lasts twice as long as the one before it (capped at 16 times the base) until a login
 * succeeds. Writes run in their own transaction: a failed login must still be counted.
 */
@Component
class LoginThrottle {

    private static final Duration WINDOW = Duration.ofHours(24);

    private final JdbcClient jdbc;
    private final Clock clock;

    LoginThrottle(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** When the key is locked, how long until it opens again. */
    @Transactional(readOnly = true)
    public Optional<Duration> lockRemaining(String key) {
        Instant now = clock.instant();
        return jdbc.sql("select locked_until from identity.login_throttle where throttle_key = ? and locked_until is not null")
                .param(key)
                .query(java.sql.Timestamp.class)
                .optional()
                .map(java.sql.Timestamp::toInstant)
                .filter(until -> until.isAfter(now))
                .map(until -> Duration.between(now, until));
    }

    /** Records a failure; returns the new lock's length when this failure triggered one. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Optional<Duration> fail(String key, int maxFailures, Duration baseLock) {
        Instant now = clock.instant();
        int failures = jdbc.sql("""
                        insert into identity.login_throttle (throttle_key, failures, window_started)
                        values (:key, 1, :now)
                        on conflict (throttle_key) do update set
                          failures = case when login_throttle.window_started < :windowStart
                                          then 1 else login_throttle.failures + 1 end,
                          window_started = case when login_throttle.window_started < :windowStart
                                          then :now else login_throttle.window_started end
                        returning failures""")
                .param("key", key)
                .param("now", java.sql.Timestamp.from(now))
                .param("windowStart", java.sql.Timestamp.from(now.minus(WINDOW)))
                .query(Integer.class)
                .single();
        if (failures < maxFailures) {
            return Optional.empty();
        }
        int escalation = Math.min(failures - maxFailures, 4);
        Duration lock = baseLock.multipliedBy(1L << escalation);
        jdbc.sql("update identity.login_throttle set locked_until = ? where throttle_key = ?")
                .param(java.sql.Timestamp.from(now.plus(lock)))
                .param(key)
                .update();
        return Optional.of(lock);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void reset(String key) {
        jdbc.sql("delete from identity.login_throttle where throttle_key = ?").param(key).update();
    }
}
