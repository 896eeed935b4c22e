package org.educloud.library;

import java.time.Instant;
import org.educloud.library.files.MediaTypePolicy;
import org.jspecify.annotations.Nullable;

/** One uploaded version of a resource's file. */
public record FileVersionView(long id, int number, String fileName, long size, String mediaType,
                              @Nullable String note, Instant uploadedAt, boolean hasPreview) {

    /** Whether a browser shows this kind of file inside the page (PDF, images, audio, video). */
    public boolean previewable() {
        return MediaTypePolicy.previewable(mediaType);
    }
}
