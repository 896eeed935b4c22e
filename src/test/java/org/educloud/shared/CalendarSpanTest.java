package org.educloud.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A period is read as its whole calendar months plus the days at its ends, each day exactly once. */
class CalendarSpanTest {

    @Test
    void aSchoolYearSoFarIsItsWholeMonthsAndTheDaysOfThisMonth() {
        CalendarSpan span = CalendarSpan.of(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 12, 2));
        assertThat(span.wholeFrom()).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(span.wholeTo()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(span.headTo()).isBefore(span.from());
        assertThat(span.tailFrom()).isEqualTo(LocalDate.of(2026, 12, 1));
    }

    @Test
    void partMonthsAtBothEndsAreDays() {
        CalendarSpan span = CalendarSpan.of(LocalDate.of(2026, 1, 15), LocalDate.of(2026, 3, 10));
        assertThat(span.headTo()).isEqualTo(LocalDate.of(2026, 1, 31));
        assertThat(span.wholeFrom()).isEqualTo(LocalDate.of(2026, 2, 1));
        assertThat(span.wholeTo()).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(span.tailFrom()).isEqualTo(LocalDate.of(2026, 3, 1));
    }

    @Test
    void aPeriodInsideOneMonthHasNoWholeMonthAndIsAllDays() {
        CalendarSpan span = CalendarSpan.of(LocalDate.of(2026, 10, 5), LocalDate.of(2026, 10, 20));
        assertThat(span.hasWholeMonths()).isFalse();
        assertThat(span.headTo()).isEqualTo(span.to());
        assertThat(span.tailFrom()).isAfter(span.to());
    }

    @Test
    void aPeriodOfExactlyOneMonthIsThatMonthAndNoDays() {
        CalendarSpan span = CalendarSpan.of(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28));
        assertThat(span.wholeFrom()).isEqualTo(span.from());
        assertThat(span.wholeTo()).isEqualTo(span.to());
        assertThat(span.headTo()).isBefore(span.from());
        assertThat(span.tailFrom()).isAfter(span.to());
    }
}
