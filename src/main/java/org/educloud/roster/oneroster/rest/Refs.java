package org.educloud.roster.oneroster.rest;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Builds OneRoster GUIDRefs ({@code href}, {@code sourcedId}, {@code type}) against the service's base URL. */
record Refs(String baseUrl) {

    @Nullable Map<String, Object> ref(String collection, @Nullable String sourcedId, String type) {
        if (sourcedId == null) {
            return null;
        }
        Map<String, Object> ref = new LinkedHashMap<>();
        ref.put("href", baseUrl + "/" + collection + "/" + sourcedId);
        ref.put("sourcedId", sourcedId);
        ref.put("type", type);
        return ref;
    }

    @Nullable Map<String, Object> org(@Nullable String sourcedId) {
        return ref("orgs", sourcedId, "org");
    }
}
