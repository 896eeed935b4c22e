package org.educloud.records.xapi;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The xAPI versions the LRS speaks; a request's {@code X-Experience-API-Version} header picks one. */
public enum XapiVersion {
    V2_0("2.0.0"),
    V1_0_3("1.0.3");

    public static final String HEADER = "X-Experience-API-Version";

    private final String header;

    XapiVersion(String header) {
        this.header = header;
    }

    public String header() {
        return header;
    }

    public static List<String> supported() {
        return List.of(V2_0.header, V1_0_3.header);
    }

    /**
     * 2.0 clients send "2.0.0" (any 2.0.x patch is the same version); 1.0 clients send 1.0.0 to 1.0.3, which
     * 1.0.3 answers. Anything else is refused.
     */
    public static Optional<XapiVersion> of(@Nullable String header) {
        if (header == null) {
            return Optional.empty();
        }
        String value = header.strip();
        if (value.matches("2\\.0(\\.\\d+)?")) {
            return Optional.of(V2_0);
        }
        if (value.matches("1\\.0(\\.[0-3])?")) {
            return Optional.of(V1_0_3);
        }
        return Optional.empty();
    }
}
