package org.educloud.learning.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.educloud.library.FileContent;
import org.springframework.http.ContentDisposition;

/**
 * Sends a stored file as a download: never rendered inline on our origin, so a handed-in HTML or SVG cannot run
 * script as the teacher who opens it.
 */
final class Downloads {

    private Downloads() {
    }

    static void send(FileContent file, HttpServletResponse response) throws IOException {
        response.setContentType(file.mediaType());
        response.setContentLengthLong(file.length());
        response.setHeader("Content-Disposition", ContentDisposition.attachment()
                .filename(file.fileName(), StandardCharsets.UTF_8).build().toString());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", "sandbox");
        response.setHeader("Cache-Control", "private, no-store");
        try (InputStream in = file.content()) {
            in.transferTo(response.getOutputStream());
        }
    }
}
