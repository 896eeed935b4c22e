package org.educloud.identity;

import java.util.Set;

/**
 * What a personal API token may do with its owner's rights: only read ({@code GET}, {@code HEAD}, {@code OPTIONS}), or
 * read and change. A script that only reports gets a token that cannot change anything if it leaks.
 */
public enum ApiTokenScope {
    READ_ONLY,
    READ_WRITE;

    private static final Set<String> READING = Set.of("GET", "HEAD", "OPTIONS");

    boolean permits(String httpMethod) {
        return this == READ_WRITE || READING.contains(httpMethod);
    }

    /** Carried by a token's authentication, so the API's filter chain can tell a reader from a writer. */
    public String authority() {
        return "TOKEN_" + name();
    }
}
