package org.educloud.tutoring.warnings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** A notice's week is the ISO week where the school is, not in UTC: Monday morning in Beijing is a new week. */
class WarningWeekTest {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    @Test
    void theWeekTurnsAtMondayMidnightInTheInstallationsZone() {
        // Sunday 2026-12-13 23:59 and Monday 2026-12-14 00:00 in Beijing (both still Sunday in UTC)
        assertThat(WarningNotices.isoWeek(Instant.parse("2026-12-13T15:59:00Z"), BEIJING)).isEqualTo("2026-W50");
        assertThat(WarningNotices.isoWeek(Instant.parse("2026-12-13T16:00:00Z"), BEIJING)).isEqualTo("2026-W51");
    }

    @Test
    void theFirstDaysOfJanuaryCanBelongToTheLastWeekOfTheYearBefore() {
        assertThat(WarningNotices.isoWeek(Instant.parse("2027-01-01T04:00:00Z"), BEIJING)).isEqualTo("2026-W53");
    }
}
