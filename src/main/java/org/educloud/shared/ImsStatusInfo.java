package org.educloud.shared;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The error body of 1EdTech (IMS) REST APIs such as OneRoster 1.2: {@code imsx_codeMajor}, severity, a
 * description and a code minor. Those APIs' clients expect this shape, so paths under {@code /ims/} answer with
 * it instead of RFC 9457 problem details.
 */
public final class ImsStatusInfo {

    private ImsStatusInfo() {
    }

    /**
     * @param codeMinor the spec's vocabulary, e.g. {@code unauthorisedrequest}, {@code forbidden},
     *                  {@code unknownobject}, {@code invalid_filter_field}
     */
    public static Map<String, Object> failure(String codeMinor, String description) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("imsx_codeMajor", "failure");
        body.put("imsx_severity", "error");
        body.put("imsx_description", description);
        body.put("imsx_CodeMinor", Map.of("imsx_codeMinorField", List.of(Map.of(
                "imsx_codeMinorFieldName", "TargetEndSystem",
                "imsx_codeMinorFieldValue", codeMinor))));
        return body;
    }
}
