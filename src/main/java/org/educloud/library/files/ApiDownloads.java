package org.educloud.library.files;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.educloud.shared.Scope;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** File contents over the API, with the same Range and visibility rules as the pages. */
@RestController
class ApiDownloads {

    private final FileDownloads downloads;

    ApiDownloads(FileDownloads downloads) {
        this.downloads = downloads;
    }

    @GetMapping("/api/v1/resources/{id}/files/{fileId}/content")
    void content(Scope scope, @PathVariable long id, @PathVariable long fileId,
                 @RequestParam(required = false) @Nullable Integer version, HttpServletRequest request,
                 HttpServletResponse response) throws IOException {
        downloads.send(scope, id, fileId, version, true, request, response);
    }
}
