package org.educloud.equity.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Figures shown beside a limit with as many decimals as it takes for the shown number to agree with the verdict:
 * 4.497 against a minimum of 4.5 reads "4.497", not "4.50" in red beside a black "4.50"; a coefficient of 0.50004
 * against 0.50 reads "0.50004". The verdict is always taken on the unrounded value; pages give that on hover and
 * exports keep it as the cell's value. Templates reach it as {@code @equityDecimals}.
 */
@Component("equityDecimals")
public class Decimals {

    /** More decimals than this and the figure is shown truncated towards its verdict instead. */
    static final int MOST = 8;

    /** How many decimals (at least {@code fewest}) a value needs beside a lower limit it must reach. */
    public static int placesAtLeast(double value, double minimum, int fewest) {
        return places(value, minimum, true, fewest);
    }

    /** How many decimals (at least {@code fewest}) a value needs beside an upper limit it must not exceed. */
    public static int placesAtMost(double value, double maximum, int fewest) {
        return places(value, maximum, false, fewest);
    }

    /** The value beside a minimum: two decimals unless that would make it look as if it reached it, or did not. */
    public static String atLeast(double value, double minimum) {
        return format(value, minimum, true, 2);
    }

    /** A coefficient beside its maximum: four decimals unless that would make it look within, or beyond, it. */
    public static String atMost(@Nullable Double value, double maximum) {
        if (value == null) {
            return "—";
        }
        return format(value, maximum, false, 4);
    }

    /** The unrounded value, for a tooltip. */
    public static String exact(@Nullable Double value) {
        return value == null ? "" : BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    // instance forms for templates
    public String min(double value, double minimum) {
        return atLeast(value, minimum);
    }

    public String max(@Nullable Double value, double maximum) {
        return atMost(value, maximum);
    }

    public String full(@Nullable Double value) {
        return exact(value);
    }

    private static int places(double value, double limit, boolean lower, int fewest) {
        boolean meets = lower ? value >= limit : value <= limit;
        BigDecimal exact = BigDecimal.valueOf(value);
        BigDecimal bound = BigDecimal.valueOf(limit);
        for (int places = fewest; places <= MOST; places++) {
            int side = exact.setScale(places, RoundingMode.HALF_UP).compareTo(bound);
            if ((lower ? side >= 0 : side <= 0) == meets) {
                return places;
            }
        }
        return MOST;
    }

    private static String format(double value, double limit, boolean lower, int fewest) {
        int places = places(value, limit, lower, fewest);
        BigDecimal exact = BigDecimal.valueOf(value);
        BigDecimal shown = exact.setScale(places, RoundingMode.HALF_UP);
        int side = shown.compareTo(BigDecimal.valueOf(limit));
        boolean meets = lower ? value >= limit : value <= limit;
        if ((lower ? side >= 0 : side <= 0) != meets) {
            // still on the wrong side at the most decimals: cut away from the limit rather than contradict it
            shown = exact.setScale(places, lower ? RoundingMode.FLOOR : RoundingMode.CEILING);
        }
        return shown.toPlainString();
    }
}
