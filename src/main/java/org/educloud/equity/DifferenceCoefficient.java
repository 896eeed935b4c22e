package org.educloud.equity;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The student-weighted coefficient of variation of one indicator over the schools of one county and stage
 * (差异系数, DOMAIN §2). The weighted mean equals the county's total resource over its total students. When that
 * mean is 0, or fewer than two schools are counted, the coefficient is undefined and stays {@code null}: a county
 * with no resource at all, or a single school, is not "perfectly balanced" — such a coefficient cannot be judged
 * (无法判定), and {@link #undefinedBecause()} says why.
 */
public record DifferenceCoefficient(int schools, long students, double mean, double deviation,
                                    @Nullable Double value) {

    /** Why a coefficient has no value; each is a message key {@code equity.undefined.<name>}. */
    public enum Undefined { NO_SCHOOLS, ONE_SCHOOL, ZERO_MEAN }

    static DifferenceCoefficient of(List<WeightedValue> schools) {
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
        // a spread between schools needs at least two of them: one school's 0 would read as perfect balance
        boolean judgeable = mean != 0 && schools.size() >= 2;
        return new DifferenceCoefficient(schools.size(), total, mean, deviation, judgeable ? deviation / mean : null);
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
        return schools < 2 ? Undefined.ONE_SCHOOL : Undefined.ZERO_MEAN;
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
