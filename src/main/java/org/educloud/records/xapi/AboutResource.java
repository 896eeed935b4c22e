package org.educloud.records.xapi;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The xAPI About resource: which versions this LRS speaks. Open to anyone, as clients ask before they log in. */
@RestController
@Tag(name = "xAPI", description = "The learning record store (xAPI 2.0 / 1.0.3)")
class AboutResource {

    @GetMapping("/xapi/about")
    @Operation(summary = "The xAPI versions this LRS speaks")
    Map<String, Object> about() {
        Map<String, Object> about = new LinkedHashMap<>();
        about.put("version", XapiVersion.supported());
        about.put("extensions", Map.of());
        return about;
    }
}
