package org.educloud.library.resources;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.educloud.library.ResourceId;
import org.educloud.library.ResourceLibrary;
import org.educloud.library.ResourceQuery;
import org.educloud.library.ResourceType;
import org.educloud.library.Subject;
import org.educloud.library.files.FileDownloads;
import org.educloud.tenancy.Stage;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public portal's resources: anyone, signed in or not, searches, reads and downloads resources published to
 * the public, and nothing else (every call here passes no scope, so the library applies the public rule).
 */
@Controller
@RequestMapping("/open/resources")
class OpenResourcePages {

    private final ResourceLibrary library;
    private final FileDownloads downloads;

    OpenResourcePages(ResourceLibrary library, FileDownloads downloads) {
        this.library = library;
        this.downloads = downloads;
    }

    @GetMapping
    String search(@RequestParam(required = false) @Nullable String text,
                  @RequestParam(required = false) @Nullable Stage stage,
                  @RequestParam(required = false) @Nullable Subject subject,
                  @RequestParam(required = false) @Nullable Integer grade,
                  @RequestParam(required = false) @Nullable ResourceType type,
                  @RequestParam(defaultValue = "0") int page, Model model) {
        ResourceQuery query = new ResourceQuery(text, stage, subject, grade, type, null, null, null, false,
                ResourceQuery.Sort.RELEVANCE);
        model.addAttribute("query", query);
        model.addAttribute("found", library.search(null, query, page, LibraryPages.PAGE_SIZE));
        model.addAttribute("stages", Stage.values());
        model.addAttribute("subjects", Subject.values());
        model.addAttribute("types", ResourceType.values());
        return "library/open-resources";
    }

    @GetMapping("/{id}")
    String resource(@PathVariable long id, Model model) {
        model.addAttribute("resource", library.view(null, ResourceId.of(id)));
        return "library/open-resource";
    }

    @GetMapping("/{id}/files/{fileId}/content")
    void content(@PathVariable long id, @PathVariable long fileId,
                 @RequestParam(required = false) @Nullable Integer version,
                 @RequestParam(defaultValue = "false") boolean download,
                 HttpServletRequest request, HttpServletResponse response) throws IOException {
        downloads.send(null, id, fileId, version, download, request, response);
    }

    @GetMapping("/{id}/files/{fileId}/preview")
    void preview(@PathVariable long id, @PathVariable long fileId,
                 @RequestParam(required = false) @Nullable Integer version, HttpServletResponse response)
            throws IOException {
        downloads.sendPreview(null, id, fileId, version, response);
    }
}
