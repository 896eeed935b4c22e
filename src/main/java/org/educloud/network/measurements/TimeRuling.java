package org.educloud.network.measurements;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The server's receive time rules a sample's time: a school's machine may have a wrong clock, and a forged or broken
 * probe may send any time at all. The probe says when it sent the batch ({@code sentAt}); when that differs from the
 * receive time by more than the skew tolerance, the probe's clock is off and every sample is shifted by the
 * difference (the backlog keeps its spacing). A sample still later than the receive time (beyond a small tolerance)
 * is set to the receive time; one older than the backlog a probe may bring back is stale and dropped.
 */
record TimeRuling(Duration skewTolerance, Duration futureTolerance, Duration maxAge) {

    enum Verdict { AS_SENT, SKEWED, AHEAD, STALE }

    record Ruled(Instant at, Verdict verdict) {

        /** What is stored in time_ruling: nothing for a time taken as sent. */
        @Nullable String stored() {
            return verdict == Verdict.AS_SENT ? null : verdict.name();
        }
    }

    /** The offset to add to the probe's times: zero when its clock is within tolerance. */
    Duration offset(@Nullable Instant sentAt, Instant receivedAt) {
        if (sentAt == null) {
            return Duration.ZERO;
        }
        Duration offset = Duration.between(sentAt, receivedAt);
        return offset.abs().compareTo(skewTolerance) > 0 ? offset : Duration.ZERO;
    }

    Ruled rule(Instant at, Duration offset, Instant receivedAt) {
        Instant shifted = at.plus(offset);
        if (shifted.isAfter(receivedAt.plus(futureTolerance))) {
            return new Ruled(receivedAt, Verdict.AHEAD);
        }
        if (shifted.isBefore(receivedAt.minus(maxAge))) {
            return new Ruled(shifted, Verdict.STALE);
        }
        return new Ruled(shifted, offset.isZero() ? Verdict.AS_SENT : Verdict.SKEWED);
    }
}
