package org.educloud.learning;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Identifies one unit of a course (the chapter its lessons are grouped in), as other modules receive it from
 * learning's facades. Serialises as the bare number and prints as it, so links, forms and JSON stay what they were
 * when the id was a {@code long}.
 */
public record UnitId(@JsonValue long value) implements java.io.Serializable {

    public static UnitId of(long value) {
        return new UnitId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
