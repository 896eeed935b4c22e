package org.educloud.shared;

import java.time.LocalDate;

/**
 * A period of days (both ends included) split into the whole calendar months it covers and the days left at its
 * ends, so a total over the period can read one row per month where it can and day rows only at the edges. When
 * the period covers no whole month, the month range is empty ({@code wholeFrom} after {@code wholeTo}) and the
 * edge days are the whole period.
 *
 * @param wholeFrom the first day of the first whole month
 * @param wholeTo   the last day of the last whole month
 */
public record CalendarSpan(LocalDate from, LocalDate to, LocalDate wholeFrom, LocalDate wholeTo) {

    public static CalendarSpan of(LocalDate from, LocalDate to) {
        LocalDate first = from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
        LocalDate last = to.getDayOfMonth() == to.lengthOfMonth() ? to : to.withDayOfMonth(1).minusDays(1);
        if (last.isBefore(first)) {
            return new CalendarSpan(from, to, to.plusDays(1), to);
        }
        return new CalendarSpan(from, to, first, last);
    }

    public boolean hasWholeMonths() {
        return !wholeTo.isBefore(wholeFrom);
    }

    /** The last day before the whole months (before {@code from} when there are none before them). */
    public LocalDate headTo() {
        return hasWholeMonths() ? wholeFrom.minusDays(1) : to;
    }

    /** The first day after the whole months (after {@code to} when none follow, or when there are no months). */
    public LocalDate tailFrom() {
        return hasWholeMonths() ? wholeTo.plusDays(1) : to.plusDays(1);
    }
}
