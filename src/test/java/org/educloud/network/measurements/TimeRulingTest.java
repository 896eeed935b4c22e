package org.educloud.network.measurements;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** How the receive time rules a probe's sample times. */
class TimeRulingTest {

    private final TimeRuling ruling = new TimeRuling(Duration.ofMinutes(2), Duration.ofMinutes(1), Duration.ofDays(2));
    private final Instant received = Instant.parse("2026-12-07T06:00:00Z");

    @Test
    void aProbeWithARightClockKeepsItsTimes() {
        Duration offset = ruling.offset(received.minusSeconds(1), received);
        assertThat(offset).isZero();
        TimeRuling.Ruled ruled = ruling.rule(received.minusSeconds(90), offset, received);
        assertThat(ruled.at()).isEqualTo(received.minusSeconds(90));
        assertThat(ruled.stored()).isNull();
    }

    @Test
    void aBacklogFromTheLastDayIsKeptAsSent() {
        TimeRuling.Ruled ruled = ruling.rule(received.minus(Duration.ofHours(30)), Duration.ZERO, received);
        assertThat(ruled.verdict()).isEqualTo(TimeRuling.Verdict.AS_SENT);
    }

    @Test
    void aSkewedClockShiftsTheWholeBatchKeepingItsSpacing() {
        Instant probeNow = received.minus(Duration.ofHours(3));
        Duration offset = ruling.offset(probeNow, received);
        TimeRuling.Ruled first = ruling.rule(probeNow.minusSeconds(60), offset, received);
        TimeRuling.Ruled last = ruling.rule(probeNow, offset, received);
        assertThat(last.at()).isEqualTo(received);
        assertThat(Duration.between(first.at(), last.at())).isEqualTo(Duration.ofSeconds(60));
        assertThat(last.verdict()).isEqualTo(TimeRuling.Verdict.SKEWED);
    }

    @Test
    void aSampleFromTheFutureIsSetToTheReceiveTime() {
        TimeRuling.Ruled ruled = ruling.rule(received.plus(Duration.ofDays(400)), Duration.ZERO, received);
        assertThat(ruled.at()).isEqualTo(received);
        assertThat(ruled.stored()).isEqualTo("AHEAD");
        assertThat(ruling.rule(received.plusSeconds(30), Duration.ZERO, received).verdict())
                .isEqualTo(TimeRuling.Verdict.AS_SENT);
    }

    @Test
    void aSampleOlderThanTheAllowedBacklogIsStale() {
        assertThat(ruling.rule(received.minus(Duration.ofDays(3)), Duration.ZERO, received).verdict())
                .isEqualTo(TimeRuling.Verdict.STALE);
    }

    @Test
    void aBatchWithoutItsSendTimeIsTakenAsSent() {
        assertThat(ruling.offset(null, received)).isZero();
    }
}
