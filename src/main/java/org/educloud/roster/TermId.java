package org.educloud.roster;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Identifies one term (e.g. 2026-2027 第一学期), as other modules receive it. Serialises as the bare number and prints as it,
 * so URLs, form values and stored JSON stay what they were when the id was a {@code long}.
 */
public record TermId(@JsonValue long value) implements java.io.Serializable {

    public static TermId of(long value) {
        return new TermId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
