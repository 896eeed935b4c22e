package org.educloud.library;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Identifies one resource of the library, as other modules receive it (a course lesson's attachments, a push, a
 * search hit). Serialises as the bare number and prints as it, so URLs, form values and stored JSON stay what they
 * were when the id was a {@code long}.
 */
public record ResourceId(@JsonValue long value) implements java.io.Serializable {

    public static ResourceId of(long value) {
        return new ResourceId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
