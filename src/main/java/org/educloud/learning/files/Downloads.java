package org.educloud.learning.files;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.educloud.library.FileContent;
import org.springframework.http.ContentDisposition;

/**
 * Sends a stored file as a download: never rendered inline on our origin, so a handed-in HTML or SVG cannot run
 * script as the teacher who opens it. Photos and PDFs may be shown inline in the grading page ({@link #show}):
 * images in a sandboxed response, PDFs unsandboxed since browsers will not show a PDF in a sandboxed document (the
 * library refuses PDFs with scripts or automatic actions when they are handed in, ADR 11).
 */
public final class Downloads {

    /** Kinds a browser shows by itself. HEIC photos are not among them: Chromium and Firefox cannot show them. */
    static final Set<String> SHOWN_INLINE = Set.of("image/png", "image/jpeg", "image/gif", "image/webp",
            "application/pdf");

    private Downloads() {
    }

    /** Sends the file to be shown in the page (a frame or an image) when it is a kind shown inline, else as a download. */
    public static void show(FileContent file, HttpServletResponse response) throws IOException {
        if (!SHOWN_INLINE.contains(file.mediaType())) {
            send(file, response);
            return;
        }
        boolean pdf = file.mediaType().equals("application/pdf");
        response.setContentType(file.mediaType());
        response.setContentLengthLong(file.length());
        response.setHeader("Content-Disposition", ContentDisposition.inline()
                .filename(file.fileName(), StandardCharsets.UTF_8).build().toString());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        response.setHeader("Content-Security-Policy", pdf ? "frame-ancestors 'self'"
                : "sandbox; default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'self'");
        response.setHeader("Cache-Control", "private, no-store");
        try (InputStream in = file.content()) {
            in.transferTo(response.getOutputStream());
        }
    }

    public static void send(FileContent file, HttpServletResponse response) throws IOException {
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
