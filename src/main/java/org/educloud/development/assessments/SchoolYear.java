package org.educloud.development.assessments;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.educloud.shared.NotFoundException;

/**
 * The period of a self-assessment: a school year, "2026-2027", from 1 September to the next 1 September in China's
 * time zone, whatever zone the server runs in.
 */
public record SchoolYear(int startYear) {

    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final Pattern LABEL = Pattern.compile("(\\d{4})-(\\d{4})");

    public static SchoolYear current(Clock clock) {
        LocalDate today = LocalDate.now(clock.withZone(CHINA));
        return new SchoolYear(today.getMonthValue() >= 9 ? today.getYear() : today.getYear() - 1);
    }

    /** The school year a label names; a label of any other shape is a page that does not exist. */
    public static SchoolYear parse(String label) {
        Matcher m = LABEL.matcher(label);
        if (!m.matches() || Integer.parseInt(m.group(2)) != Integer.parseInt(m.group(1)) + 1) {
            throw new NotFoundException("development.error.noSuchPeriod");
        }
        return new SchoolYear(Integer.parseInt(m.group(1)));
    }

    public String label() {
        return startYear + "-" + (startYear + 1);
    }

    public Instant from() {
        return LocalDate.of(startYear, 9, 1).atStartOfDay(CHINA).toInstant();
    }

    public Instant to() {
        return LocalDate.of(startYear + 1, 9, 1).atStartOfDay(CHINA).toInstant();
    }

    public SchoolYear previous() {
        return new SchoolYear(startYear - 1);
    }

    /** This year and the ones before it a page offers to look back at. */
    public List<String> recent(int count) {
        return java.util.stream.IntStream.range(0, count).mapToObj(i -> new SchoolYear(startYear - i).label()).toList();
    }

    @Override
    public String toString() {
        return label();
    }
}
