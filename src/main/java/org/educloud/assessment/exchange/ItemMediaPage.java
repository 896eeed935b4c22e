package org.educloud.assessment.exchange;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.educloud.assessment.items.ItemMarkup;
import org.educloud.library.FileContent;
import org.educloud.library.ReceivedFile;
import org.educloud.library.StoredFiles;
import org.educloud.shared.Scope;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;

/**
 * A picture an item shows, for the pages that show items (the bank, a quiz being taken, its results): to those
 * {@link ItemMedia#visible} lets see it, with its own media type, never sniffed, never run as a document; and the
 * item editor's upload of a new one.
 */
@Controller
class ItemMediaPage {

    private final ItemMedia media;
    private final StoredFiles files;

    ItemMediaPage(ItemMedia media, StoredFiles files) {
        this.media = media;
        this.files = files;
    }

    /** The editor's image button: stores the picture and answers the address item HTML shows it at. */
    @PostMapping(path = "/assessment/media", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Map<String, String> upload(Scope scope, @RequestParam("file") MultipartFile file) throws IOException {
        ItemMedia.ownerPath(scope);
        String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "picture"
                : file.getOriginalFilename();
        try (InputStream in = file.getInputStream(); ReceivedFile received = files.receive(in, name)) {
            return Map.of("src", ItemMarkup.MEDIA_PATH + media.upload(scope, received));
        }
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
