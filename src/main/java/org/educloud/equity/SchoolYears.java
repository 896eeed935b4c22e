package org.educloud.equity;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
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
        LocalDate today = LocalDate.now(clock);
        int start = today.getMonthValue() >= 9 ? today.getYear() : today.getYear() - 1;
        return start + "-" + (start + 1);
    }

    /** The years open for entry, newest first. */
    public List<String> open() {
        int start = Integer.parseInt(current().substring(0, 4));
        List<String> years = new ArrayList<>();
        for (int y = start; y >= start - properties.earlierYearsOpen(); y--) {
            years.add(y + "-" + (y + 1));
        }
        return years;
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

    void requireOpen(String year) {
        known(year);
        if (!open().contains(year)) {
            throw new RuleViolationException("equity.error.yearClosed", year, String.join("、", open()));
        }
    }
}
