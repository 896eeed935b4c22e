package org.educloud.identity.sessions;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts login attempts per account and per address in the database, so every application node sees the same
 * counts. An attempt is counted <em>before</em> its password is checked, so a burst of parallel requests cannot
 * all slip under the limit; a success takes its count back. An account is locked, each lock twice as long as the
 * one before it (capped at 16 times the base); an address is only slowed down, since a whole school may share it.
 * Writes run in their own transaction: a refused login must still be counted.
 */
@Component
public class LoginThrottle {

    /** How an attempt may go on: refused at once, or checked with this many attempts counted so far. */
    public record Attempt(int count, Optional<Duration> refusedFor) {
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
     * Counts one more attempt within a sliding window (the count starts again once the window has passed). Refuses it
     * when the key is locked, or when this attempt goes beyond the limit (then the key gets locked now).
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Attempt attempt(String key, int maxAttempts, Duration baseLock, Duration window) {
        Optional<Integer> count = countUnlessHeld(key, clock.instant(), window);
        if (count.isEmpty()) {
            return new Attempt(maxAttempts + 1, Optional.of(heldFor(key)));
        }
        if (count.get() > maxAttempts) {
            return new Attempt(count.get(), Optional.of(lock(key, count.get(), maxAttempts, baseLock)));
        }
        return new Attempt(count.get(), Optional.empty());
    }

    /**
     * Counts one more attempt within a sliding window unless the key is held (locked, or waiting), then refuses it
     * uncounted. Beyond the free attempts of the window, the attempt holds the key for {@code checkTime} itself, so
     * that only one such attempt at a time is checked, however many arrive together; its outcome then sets the real
     * wait ({@link #lock}, {@link #slowDown}) or lifts the hold ({@link #forgiveOne}, {@link #reset}). So an owner
     * whose lock has run out gets their next attempt checked, and a wrong one locks the key for longer.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public CheckedAttempt attemptOneAtATime(String key, int freeAttempts, Duration window, Duration checkTime) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Optional<Integer> count = countUnlessHeld(key, now, window);
        if (count.isEmpty()) {
            return new CheckedAttempt(0, Optional.of(heldFor(key)), null);
        }
        if (count.get() <= freeAttempts) {
            return new CheckedAttempt(count.get(), Optional.empty(), null);
        }
        Instant held = now.plus(checkTime);
        hold(key, held);
        return new CheckedAttempt(count.get(), Optional.empty(), held);
    }

    /** How an attempt may go on: its count, or refused for a while; and the hold it put on its key while checked. */
    record CheckedAttempt(int count, Optional<Duration> refusedFor, @Nullable Instant heldUntil) {
    }

    /**
     * After a failed attempt beyond the free ones, the key's next attempt waits: {@code firstDelay} for the first
     * failure beyond, twice as long for each further one, never longer than {@code maxDelay}. Returns the wait.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Duration slowDown(String key, int count, int freeAttempts, Duration firstDelay, Duration maxDelay) {
        int beyond = count - freeAttempts;
        if (beyond <= 0) {
            return Duration.ZERO;
        }
        // doubling stops once past the maximum, so no configured delay can overflow
        Duration wait = firstDelay;
        for (int i = 1; i < beyond && wait.compareTo(maxDelay) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        wait = wait.compareTo(maxDelay) > 0 ? maxDelay : wait;
        hold(key, clock.instant().plus(wait));
        return wait;
    }

    /** Locks the key after a failed attempt that reached the limit; returns how long. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Duration lock(String key, int count, int maxAttempts, Duration baseLock) {
        int escalation = Math.clamp(count - maxAttempts, 0, 4);
        Duration lock = baseLock.multipliedBy(1L << escalation);
        hold(key, clock.instant().plus(lock));
        return lock;
    }

    /**
     * A success takes its own attempt back without forgiving anyone else's failures (a shared address), and lifts
     * the hold it put on the key while it was checked, unless a failure has since set a wait of its own.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void forgiveOne(String key, @Nullable Instant ownHold) {
        jdbc.sql("""
                        update identity.login_throttle set failures = greatest(failures - 1, 0),
                          locked_until = case when locked_until = :ownHold then null else locked_until end
                        where throttle_key = :key""")
                .param("ownHold", ownHold == null ? null : Timestamp.from(ownHold), java.sql.Types.TIMESTAMP)
                .param("key", key)
                .update();
    }

    /**
     * Counts the attempt unless the key is held; one statement, holding the key's row until the transaction ends,
     * so parallel attempts are counted one after the other and none slips past a hold being set.
     */
    private Optional<Integer> countUnlessHeld(String key, Instant now, Duration window) {
        return jdbc.sql("""
                        insert into identity.login_throttle (throttle_key, failures, window_started)
                        values (:key, 1, :now)
                        on conflict (throttle_key) do update set
                          failures = case when login_throttle.window_started < :windowStart
                                          then 1 else login_throttle.failures + 1 end,
                          window_started = case when login_throttle.window_started < :windowStart
                                          then :now else login_throttle.window_started end
                        where login_throttle.locked_until is null or login_throttle.locked_until <= :now
                        returning failures""")
                .param("key", key)
                .param("now", Timestamp.from(now))
                .param("windowStart", Timestamp.from(now.minus(window)))
                .query(Integer.class)
                .optional();
    }

    /** How much longer a held key stays held (a hold that ended a moment ago still asks for a second). */
    private Duration heldFor(String key) {
        return lockRemaining(key).orElse(Duration.ofSeconds(1));
    }

    private void hold(String key, Instant until) {
        jdbc.sql("update identity.login_throttle set locked_until = ? where throttle_key = ?")
                .param(Timestamp.from(until))
                .param(key)
                .update();
    }

    /** Counts one failure within a sliding window, for a key that is only counted, never held (a device cookie). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void countFailure(String key, Duration window) {
        countUnlessHeld(key, clock.instant(), window);
    }

    /** How many failures the key has within the window (none once the window has passed). */
    @Transactional(readOnly = true)
    public int failuresWithin(String key, Duration window) {
        return jdbc.sql("select failures from identity.login_throttle where throttle_key = ? and window_started >= ?")
                .param(key)
                .param(Timestamp.from(clock.instant().minus(window)))
                .query(Integer.class)
                .optional()
                .orElse(0);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void reset(String key) {
        jdbc.sql("delete from identity.login_throttle where throttle_key = ?").param(key).update();
    }
}
