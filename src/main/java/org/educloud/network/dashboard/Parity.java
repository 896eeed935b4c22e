package org.educloud.network.dashboard;

import org.jspecify.annotations.Nullable;

/**
 * UNESCO's parity index (SDG 4.5.1, DOMAIN §3) of a disadvantaged group's value against an advantaged one's, e.g.
 * rural over urban: PI = disadvantaged / advantaged; the adjusted index API = PI when PI ≤ 1, else 2 − 1/PI; parity
 * when 0.97 ≤ PI ≤ 1.03. Undefined (all null) when either value is unknown or the advantaged one is 0.
 */
public record Parity(@Nullable Double index, @Nullable Double adjusted, @Nullable Band band) {

    static final double LOWER = 0.97;
    static final double UPPER = 1.03;

    /** Where the index stands: the disadvantaged group behind, at parity, or ahead. */
    public enum Band { BEHIND, PARITY, AHEAD }

    public static Parity of(@Nullable Double disadvantaged, @Nullable Double advantaged) {
        if (disadvantaged == null || advantaged == null || advantaged == 0) {
            return new Parity(null, null, null);
        }
        double index = disadvantaged / advantaged;
        Band band = index < LOWER ? Band.BEHIND : index > UPPER ? Band.AHEAD : Band.PARITY;
        return new Parity(index, index <= 1 ? index : 2 - 1 / index, band);
    }
}
