package org.educloud.equity.digital;

import org.jspecify.annotations.Nullable;

/**
 * UNESCO's parity index (SDG 4.5.1) of a disadvantaged group's value against an advantaged one's, e.g. rural over
 * urban, and the adjusted index that keeps values above parity on the same scale as those below. Undefined (both
 * {@code null}) when the advantaged value is 0.
 */
public record ParityIndex(@Nullable Double index, @Nullable Double adjusted) {

    static final double LOWER_PARITY = 0.97;
    static final double UPPER_PARITY = 1.03;

    static ParityIndex undefined() {
        return new ParityIndex(null, null);
    }

    static ParityIndex of(double disadvantaged, double advantaged) {
        if (advantaged == 0) {
            return new ParityIndex(null, null);
        }
        double index = disadvantaged / advantaged;
        return new ParityIndex(index, index <= 1 ? index : 2 - 1 / index);
    }

    public boolean atParity() {
        return index != null && index >= LOWER_PARITY && index <= UPPER_PARITY;
    }
}
