package org.educloud.shared;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The materialised path of an org node, e.g. {@code /1/7/42/}: the ids from the root down to the node.
 * A node lies within another exactly when its path starts with the other's, which makes every subtree
 * query a single indexed prefix match.
 */
public record OrgPath(@JsonValue String value) implements java.io.Serializable {

    private static final Pattern FORMAT = Pattern.compile("/(\\d+/)*");

    /** Above every region: what a platform operator's grant covers. */
    public static final OrgPath ROOT = new OrgPath("/");

    public OrgPath {
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("Not an org path: " + value);
        }
    }

    public OrgPath child(OrgId id) {
        return new OrgPath(value + id.value() + "/");
    }

    public boolean contains(OrgPath other) {
        return other.value.startsWith(value);
    }

    public int depth() {
        return ids().size();
    }

    public List<OrgId> ids() {
        List<OrgId> ids = new ArrayList<>();
        for (String part : value.split("/")) {
            if (!part.isEmpty()) {
                ids.add(OrgId.of(Long.parseLong(part)));
            }
        }
        return ids;
    }

    /** The pattern for a SQL {@code LIKE} that matches this node and everything below it. */
    public String likePattern() {
        return value + "%";
    }

    @Override
    public String toString() {
        return value;
    }
}
