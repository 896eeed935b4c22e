package org.educloud.library.files;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.educloud.library.FileContent;
import org.educloud.library.ResourceId;
import org.educloud.library.ResourceLibrary;
import org.educloud.shared.Scope;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * Sends a file version: whole, or the one range asked for (206), so a video seeks and a broken download resumes.
 * Content is served sandboxed (no script runs in the platform's origin, whatever the file holds) and the ETag is
 * the content hash, so a cached copy is revalidated without sending it again. Only an attachment (a download link,
 * the API) counts as a download: the inline copy a resource's page embeds would otherwise count every visit twice.
 */
@Component
public class FileDownloads {

    private final ResourceLibrary library;

    FileDownloads(ResourceLibrary library) {
        this.library = library;
    }

    public void send(@Nullable Scope scope, long id, long fileId, @Nullable Integer version, boolean attachment,
              HttpServletRequest request, HttpServletResponse response) throws IOException {
        ResourceLibrary.FileVersionSize file = library.fileSize(scope, ResourceId.of(id), fileId, version);
        String etag = "\"" + file.sha256() + "\"";
        response.setHeader(HttpHeaders.ACCEPT_RANGES, "bytes");
        response.setHeader(HttpHeaders.ETAG, etag);
        response.setHeader(HttpHeaders.CACHE_CONTROL, "private, max-age=86400");
        // the library's own pages show files in frames; browsers refuse to show a PDF in a sandboxed document,
        // and PDF scripts run in the viewer, not in the platform's origin
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        response.setHeader("Content-Security-Policy", file.mediaType().equals("application/pdf")
                ? "frame-ancestors 'self'"
                : "sandbox; default-src 'none'; img-src 'self'; media-src 'self'; style-src 'unsafe-inline'; "
                + "frame-ancestors 'self'");
        if (etag.equals(request.getHeader(HttpHeaders.IF_NONE_MATCH))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        Optional<ByteRange> range;
        String ifRange = request.getHeader(HttpHeaders.IF_RANGE);
        try {
            range = ifRange == null || ifRange.equals(etag)
                    ? ByteRange.parse(request.getHeader(HttpHeaders.RANGE), file.size()) : Optional.empty();
        } catch (ByteRange.Unsatisfiable e) {
            response.setStatus(HttpServletResponse.SC_REQUESTED_RANGE_NOT_SATISFIABLE);
            response.setHeader(HttpHeaders.CONTENT_RANGE, "bytes */" + file.size());
            return;
        }
        long offset = range.map(ByteRange::offset).orElse(0L);
        long length = range.map(ByteRange::length).orElse(file.size());
        FileContent content = library.open(scope, ResourceId.of(id), fileId, version, offset, length, attachment);
        try (InputStream in = content.content()) {
            if (content.partial()) {
                response.setStatus(HttpServletResponse.SC_PARTIAL_CONTENT);
                response.setHeader(HttpHeaders.CONTENT_RANGE, "bytes " + offset + "-" + (offset + length - 1) + "/"
                        + content.size());
            }
            response.setContentType(content.mediaType());
            response.setContentLengthLong(length);
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition
                    .builder(attachment ? "attachment" : "inline")
                    .filename(content.fileName(), StandardCharsets.UTF_8).build().toString());
            OutputStream out = response.getOutputStream();
            in.transferTo(out);
            out.flush();
        }
    }

    /** Sends the preview PNG of a file version; cached for a day, since content never changes under its hash. */
    public void sendPreview(@Nullable Scope scope, long id, long fileId, @Nullable Integer version,
                     HttpServletResponse response) throws IOException {
        FileContent preview = library.preview(scope, ResourceId.of(id), fileId, version);
        try (InputStream in = preview.content()) {
            response.setContentType("image/png");
            response.setContentLengthLong(preview.length());
            response.setHeader(HttpHeaders.CACHE_CONTROL, "private, max-age=86400");
            response.setHeader(HttpHeaders.ETAG, "\"" + preview.sha256() + "\"");
            response.setHeader("X-Frame-Options", "SAMEORIGIN");
            in.transferTo(response.getOutputStream());
        }
    }
}
