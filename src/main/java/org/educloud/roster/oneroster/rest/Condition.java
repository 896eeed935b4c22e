package org.educloud.roster.oneroster.rest;

import java.util.Map;

/** A fixed SQL condition over the collection's columns (alias {@code r}), written by this code, never by clients. */
record Condition(String sql, Map<String, Object> params) {

    static final Condition NONE = new Condition("TRUE", Map.of());

    static Condition of(String sql, String name, Object value) {
        return new Condition(sql, Map.of(name, value));
    }
}
