package org.educloud.development.credits;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A cycle requirement: {@code hours} within {@code years} calendar years, cycles counted from {@code firstYear}
 * (2026–2030, 2031–2035 …). {@code ownerId} is the bureau that set it, or null for the platform's default.
 */
public record Requirement(BigDecimal hours, int years, int firstYear, boolean platformDefault) {

    /** The platform's default where no bureau above a school set one: 360 hours in five years (the usual rule). */
    public static final Requirement DEFAULT = new Requirement(new BigDecimal("360"), 5, 2026, true);

    public int cycleStart(int year) {
        return firstYear + Math.floorDiv(year - firstYear, years) * years;
    }

    public int cycleEnd(int year) {
        return cycleStart(year) + years - 1;
    }

    /** The hours a teacher should have by the end of {@code year}: an even share of the cycle per year so far. */
    public BigDecimal expectedBy(int year) {
        int elapsed = year - cycleStart(year) + 1;
        return hours.multiply(BigDecimal.valueOf(elapsed)).divide(BigDecimal.valueOf(years), 1, RoundingMode.HALF_UP);
    }
}
