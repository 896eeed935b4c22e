package org.educloud.equity;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.educloud.equity.settings.EquityProperties;
import org.educloud.shared.RuleViolationException;
import org.springframework.stereotype.Component;

/**
 * School years as the roster names them ("2026-2027", starting in September), and which of them take survey
 * entries: the current one and a configurable number before it. Later years are not open: nobody reports on a
 * year that has not begun.
 */
@Component
public class SchoolYears {

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})-(\\d{4})");

    private final Clock clock;
    private final EquityProperties properties;

    SchoolYears(Clock clock, EquityProperties properties) {
        this.clock = clock;
        this.properties = properties;
    }

    public String current() {
        return recent(1).getFirst();
    }

    /** The first day (1 September) of the school year a day falls in. */
    public LocalDate firstDayOf(LocalDate day) {
        return LocalDate.of(day.getMonthValue() >= 9 ? day.getYear() : day.getYear() - 1, 9, 1);
    }

    private static final int LONGEST_PERIOD_DAYS = 800;

    /** A reporting period, both days included. */
    public record Period(LocalDate from, LocalDate to) {
    }

    /**
     * The period a report covers: up to today and from the start of that day's school year unless given; refused
     * when it runs backwards or is longer than {@value #LONGEST_PERIOD_DAYS} days.
     */
    public Period period(@org.jspecify.annotations.Nullable LocalDate from,
                         @org.jspecify.annotations.Nullable LocalDate to) {
        LocalDate last = to == null ? LocalDate.now(clock) : to;
        LocalDate first = from == null ? firstDayOf(last) : from;
        if (first.isAfter(last) || first.plusDays(LONGEST_PERIOD_DAYS).isBefore(last)) {
            throw new RuleViolationException("equity.error.period", LONGEST_PERIOD_DAYS);
        }
        return new Period(first, last);
    }

    /** The first day of a named school year ("2025-2026": 1 September 2025). */
    public LocalDate firstDayOf(String year) {
        return LocalDate.of(Integer.parseInt(known(year).substring(0, 4)), 9, 1);
    }

    /** The current school year and the {@code count - 1} before it, newest first. */
    public List<String> recent(int count) {
        int start = firstDayOf(LocalDate.now(clock)).getYear();
        List<String> years = new ArrayList<>();
        for (int y = start; y > start - count; y--) {
            years.add(y + "-" + (y + 1));
        }
        return years;
    }

    /** The years open for entry, newest first. */
    public List<String> open() {
        return recent(properties.earlierYearsOpen() + 1);
    }

    /** The years a report may be asked for: any well-formed one up to the current. */
    public String known(String year) {
        var m = FORMAT.matcher(year);
        if (!m.matches() || Integer.parseInt(m.group(2)) != Integer.parseInt(m.group(1)) + 1
                || year.compareTo(current()) > 0) {
            throw new RuleViolationException("equity.error.yearUnknown", year);
        }
        return year;
    }

    public void requireOpen(String year) {
        known(year);
        if (!open().contains(year)) {
            throw new RuleViolationException("equity.error.yearClosed", year, String.join("、", open()));
        }
    }
}
