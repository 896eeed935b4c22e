package org.educloud.shared;

import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies one node of the org tree (a bureau or a school). */
public record OrgId(@JsonValue long value) implements java.io.Serializable {

    public static OrgId of(long value) {
        return new OrgId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
