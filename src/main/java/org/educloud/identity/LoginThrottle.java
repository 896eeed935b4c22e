package org.educloud.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts login attempts per account and per address in the database, so every application node sees the same
 * counts. An attempt is counted <em>before</em> its password is checked, so a burst of parallel requests cannot
 * all slip under the limit; a success takes its count back. Each lock lasts twice as long as the one before it
 * (capped at 16 times the base). Writes run in their own transaction: a refused login must still be counted.
 */
@Component
class LoginThrottle {

    /** How an attempt may go on: refused at once, or checked with this many attempts counted so far. */
    record Attempt(int count, Optional<Duration> refusedFor) {
    }

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
                .query(Timestamp.class)
                .optional()
                .map(Timestamp::toInstant)
                .filter(until -> until.isAfter(now))
                .map(until -> Duration.between(now, until));
    }

    /**
     * Counts one more attempt within a sliding window (the count starts again once the window has passed). Refuses it when the key is locked, or when this attempt goes beyond the limit
     * (then the key gets locked now).
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Attempt attempt(String key, int maxAttempts, Duration baseLock, Duration window) {
        Optional<Duration> locked = lockRemaining(key);
        if (locked.isPresent()) {
            return new Attempt(maxAttempts + 1, locked);
        }
        Instant now = clock.instant();
        int count = jdbc.sql("""
                        insert into identity.login_throttle (throttle_key, failures, window_started)
                        values (:key, 1, :now)
                        on conflict (throttle_key) do update set
                          failures = case when login_throttle.window_started < :windowStart
                                          then 1 else login_throttle.failures + 1 end,
                          window_started = case when login_throttle.window_started < :windowStart
                                          then :now else login_throttle.window_started end
                        returning failures""")
                .param("key", key)
                .param("now", Timestamp.from(now))
                .param("windowStart", Timestamp.from(now.minus(window)))
                .query(Integer.class)
                .single();
        if (count > maxAttempts) {
            return new Attempt(count, Optional.of(lock(key, count, maxAttempts, baseLock)));
        }
        return new Attempt(count, Optional.empty());
    }

    /** Locks the key after a failed attempt that reached the limit; returns how long. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Duration lock(String key, int count, int maxAttempts, Duration baseLock) {
        int escalation = Math.clamp(count - maxAttempts, 0, 4);
        Duration lock = baseLock.multipliedBy(1L << escalation);
        jdbc.sql("update identity.login_throttle set locked_until = ? where throttle_key = ?")
                .param(Timestamp.from(clock.instant().plus(lock)))
                .param(key)
                .update();
        return lock;
    }

    /** A success takes its own attempt back without forgiving anyone else's failures (a shared address). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void forgiveOne(String key) {
        jdbc.sql("update identity.login_throttle set failures = greatest(failures - 1, 0) where throttle_key = ?")
                .param(key).update();
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void reset(String key) {
        jdbc.sql("delete from identity.login_throttle where throttle_key = ?").param(key).update();
    }
}
