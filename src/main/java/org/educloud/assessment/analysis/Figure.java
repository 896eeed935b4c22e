package org.educloud.assessment.analysis;

import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;

/**
 * One computed figure, or the reason it cannot be computed. The analysis never hands out NaN or infinity: a page or
 * an export cell shows either {@link #value()} or the message for {@link #undefinedBecause()}.
 *
 * @param value            the figure, null exactly when undefined
 * @param undefinedBecause why there is no figure, null exactly when defined
 */
public record Figure(@Nullable Double value, @Nullable Undefined undefinedBecause) {

    public Figure {
        if ((value == null) == (undefinedBecause == null)) {
            throw new IllegalArgumentException("a figure has either a value or a reason, not both or neither");
        }
        if (value != null && !Double.isFinite(value)) {
            throw new IllegalArgumentException("a figure is finite, was " + value);
        }
    }

    public static Figure of(double value) {
        return new Figure(value, null);
    }

    public static Figure undefined(Undefined because) {
        return new Figure(null, because);
    }

    public boolean defined() {
        return value != null;
    }

    public OptionalDouble optional() {
        return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
    }

    /** The value; for callers that checked {@link #defined()} first. */
    public double orElseThrow() {
        if (value == null) {
            throw new IllegalStateException("figure undefined: " + undefinedBecause);
        }
        return value;
    }

    /**
     * Whether the figure is defined and below {@code bound} by more than rounding; an undefined figure is below
     * nothing.
     */
    boolean below(double bound) {
        return value != null && value < bound - Thresholds.ROUNDING;
    }

    /** Whether the figure is defined and above {@code bound} by more than rounding. */
    boolean above(double bound) {
        return value != null && value > bound + Thresholds.ROUNDING;
    }
}
