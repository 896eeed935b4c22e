package org.educloud.shared;

import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies one account. */
public record UserId(@JsonValue long value) implements java.io.Serializable {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
