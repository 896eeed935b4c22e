package org.educloud.learning;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Identifies one assignment (a piece of homework set to a class), as other modules receive it in learning's events
 * and facades. Serialises as the bare number and prints as it, so links, stored events and JSON stay what they were
 * when the id was a {@code long}.
 */
public record AssignmentId(@JsonValue long value) implements java.io.Serializable {

    public static AssignmentId of(long value) {
        return new AssignmentId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
