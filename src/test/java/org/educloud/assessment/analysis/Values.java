package org.educloud.assessment.analysis;

import java.util.List;
import java.util.function.Function;

/** The defined values of one figure across a list, for comparing a row of hand-computed numbers at once. */
final class Values {

    private Values() {
    }

    static <T> double[] of(List<T> rows, Function<T, Figure> figure) {
        return rows.stream().mapToDouble(row -> figure.apply(row).orElseThrow()).toArray();
    }
}
