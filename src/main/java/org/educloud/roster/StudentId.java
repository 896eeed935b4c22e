package org.educloud.roster;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Identifies one student of the roster, as other modules receive it. Serialises as the bare number and prints as it,
 * so URLs, form values and stored JSON stay what they were when the id was a {@code long}.
 */
public record StudentId(@JsonValue long value) implements java.io.Serializable {

    public static StudentId of(long value) {
        return new StudentId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
