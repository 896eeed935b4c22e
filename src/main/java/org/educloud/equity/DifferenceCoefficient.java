package org.educloud.equity;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The student-weighted coefficient of variation of one indicator over the schools of one county and stage
 * (差异系数, DOMAIN §2). The weighted mean equals the county's total resource over its total students. When that
 * mean is 0 the coefficient is undefined and stays {@code null}: a county with no resource at all is not
 * "perfectly balanced".
 */
public record DifferenceCoefficient(int schools, long students, double mean, double deviation,
                                    @Nullable Double value) {

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
        return new DifferenceCoefficient(schools.size(), total, mean, deviation, mean == 0 ? null : deviation / mean);
    }

    public boolean defined() {
        return value != null;
    }

    /** Whether the coefficient is within {@code threshold}; an undefined coefficient is not. */
    public boolean within(double threshold) {
        return value != null && value <= threshold;
    }
}
