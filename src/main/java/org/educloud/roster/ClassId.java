package org.educloud.roster;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Identifies one class of a school, as other modules receive it. Serialises as the bare number and prints as it,
 * so URLs, form values and stored JSON stay what they were when the id was a {@code long}.
 */
public record ClassId(@JsonValue long value) implements java.io.Serializable {

    public static ClassId of(long value) {
        return new ClassId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
