package org.educloud.assessment.exchange;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import org.educloud.library.FileContent;
import org.educloud.shared.Scope;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A picture an item shows, for the pages that show items (the bank, a quiz being taken, its results): to those
 * {@link ItemMedia#visible} lets see it, with its own media type, never sniffed, never run as a document.
 */
@Controller
class ItemMediaPage {

    private final ItemMedia media;

    ItemMediaPage(ItemMedia media) {
        this.media = media;
    }

    @GetMapping("/assessment/media/{id}")
    void picture(Scope scope, @PathVariable long id, HttpServletResponse response) throws IOException {
        ItemMedia.Media picture = media.visible(scope, id);
        FileContent content = media.open(picture);
        response.setContentType(picture.contentType());
        response.setContentLengthLong(picture.size());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", "default-src 'none'; sandbox");
        response.setHeader("Content-Disposition", "inline");
        response.setHeader("Cache-Control", "private, max-age=86400");
        try (InputStream in = content.content()) {
            in.transferTo(response.getOutputStream());
        }
    }
}
