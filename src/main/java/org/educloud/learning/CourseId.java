package org.educloud.learning;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Identifies one course (units of lessons a teacher attaches to classes), as other modules receive it in learning's
 * events and facades. Serialises as the bare number and prints as it, so links, stored events and JSON stay what they
 * were when the id was a {@code long}.
 */
public record CourseId(@JsonValue long value) implements java.io.Serializable {

    public static CourseId of(long value) {
        return new CourseId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
