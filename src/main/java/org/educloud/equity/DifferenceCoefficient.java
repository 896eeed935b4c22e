package org.educloud.equity;

import java.util.List;
import org.educloud.equity.balance.WeightedValue;
import org.jspecify.annotations.Nullable;

/**
 * The student-weighted coefficient of variation of one indicator over the schools of one county and stage
 * (差异系数, DOMAIN §2). The weighted mean equals the county's total resource over its total students. When that
 * mean is 0 (no resource at all, or no school counted) the coefficient is undefined and stays {@code null}: such a
 * county is not "perfectly balanced" — its coefficient cannot be judged (无法判定), and {@link #undefinedBecause()}
 * says why. A county with one counted school has no spread between schools: CV = S / X̄ = 0, defined, as DOMAIN §2
 * gives it (undefined only when X̄ = 0), so a county with a single junior school can reach quality balance.
 */
public record DifferenceCoefficient(int schools, long students, double mean, double deviation,
                                    @Nullable Double value) {

    /** Why a coefficient has no value; each is a message key {@code equity.undefined.<name>}. */
    public enum Undefined { NO_SCHOOLS, ZERO_MEAN }

    public static DifferenceCoefficient of(List<WeightedValue> schools) {
        long total = schools.stream().mapToLong(WeightedValue::students).sum();
        if (total == 0) {
            return new DifferenceCoefficient(schools.size(), 0, 0, 0, null);
        }
        double mean = 0;
        for (WeightedValue school : schools) {
            mean += (double) school.students() / total * school.value();
        }
        double variance = 0;
        for (WeightedValue school : schools) {
            double gap = school.value() - mean;
            variance += (double) school.students() / total * gap * gap;
        }
        double deviation = Math.sqrt(variance);
        // DOMAIN §2: CV = S / X̄, undefined only when X̄ = 0 (a single school's CV is 0, and defined)
        return new DifferenceCoefficient(schools.size(), total, mean, deviation, mean != 0 ? deviation / mean : null);
    }

    public boolean defined() {
        return value != null;
    }

    /** Why the coefficient is undefined, or null when it has a value. */
    public @Nullable Undefined undefinedBecause() {
        if (value != null) {
            return null;
        }
        if (students == 0) {
            return Undefined.NO_SCHOOLS;
        }
        return Undefined.ZERO_MEAN;
    }

    /** Whether the coefficient is within {@code threshold}; an undefined coefficient is not. */
    public boolean within(double threshold) {
        return value != null && value <= threshold;
    }

    /** The coefficient's verdict against {@code threshold}: an undefined one cannot be judged, never "not met". */
    public Verdict verdict(double threshold) {
        return value == null ? Verdict.CANNOT_BE_JUDGED : value <= threshold ? Verdict.MET : Verdict.NOT_MET;
    }
}
