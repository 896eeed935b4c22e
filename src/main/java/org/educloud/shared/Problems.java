package org.educloud.shared;

import java.net.URI;

/** Stable RFC 9457 problem type URIs of the EduCloud API. */
public final class Problems {

    private static final String BASE = "https://educloud.org/problems/";

    public static final URI NOT_FOUND = URI.create(BASE + "not-found");
    public static final URI VALIDATION = URI.create(BASE + "validation");
    public static final URI CONFLICT = URI.create(BASE + "conflict");
    public static final URI FORBIDDEN = URI.create(BASE + "forbidden");
    public static final URI UNAUTHORIZED = URI.create(BASE + "unauthorized");
    public static final URI BAD_REQUEST = URI.create(BASE + "bad-request");
    public static final URI INTERNAL = URI.create(BASE + "internal");
    public static final URI TOO_LARGE = URI.create(BASE + "too-large");
    public static final URI TOO_MANY_UPLOADS = URI.create(BASE + "too-many-uploads");
    public static final URI TOO_MANY_REQUESTS = URI.create(BASE + "too-many-requests");
    public static final URI UNAVAILABLE = URI.create(BASE + "unavailable");

    private Problems() {
    }
}
