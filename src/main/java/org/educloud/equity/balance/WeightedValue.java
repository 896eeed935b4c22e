package org.educloud.equity.balance;

/** One school's value of one measure, weighted by its enrolled students (DOMAIN §2: X_i and P_i). */
public record WeightedValue(long students, double value) {

    public WeightedValue {
        if (students < 0) {
            throw new IllegalArgumentException("students must not be negative");
        }
    }
}
