package org.educloud.library.resources;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.educloud.library.ClassPushes;
import org.educloud.library.Engagement;
import org.educloud.library.ResourceFilter;
import org.educloud.library.ResourceId;
import org.educloud.library.ResourceLibrary;
import org.educloud.library.ResourceQuery;
import org.educloud.library.ResourceType;
import org.educloud.library.Sharing;
import org.educloud.library.Subject;
import org.educloud.library.files.FileDownloads;
import org.educloud.library.search.ResourceSearch;
import org.educloud.shared.Scope;
import org.educloud.tenancy.Stage;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Browsing the library: the list with its filters, a resource's page, its files, and the review queue. */
@Controller
@RequestMapping("/library")
public class LibraryPages {

    public static final int PAGE_SIZE = 20;

    private final ResourceLibrary library;
    private final FileDownloads downloads;
    private final ResourceSearch search;
    private final ClassPushes pushes;
    private final Engagement engagement;
    private final java.time.Clock clock;

    LibraryPages(ResourceLibrary library, FileDownloads downloads, ResourceSearch search, ClassPushes pushes,
                 Engagement engagement, java.time.Clock clock) {
        this.engagement = engagement;
        this.pushes = pushes;
        this.clock = clock;
        this.search = search;
        this.library = library;
        this.downloads = downloads;
    }

    /** Published resources within reach, searched and faceted; or, with {@code mine}, the caller's own. */
    @GetMapping
    String list(Scope scope, @RequestParam(required = false) @Nullable String text,
                @RequestParam(required = false) @Nullable Stage stage,
                @RequestParam(required = false) @Nullable Subject subject,
                @RequestParam(required = false) @Nullable Integer grade,
                @RequestParam(required = false) @Nullable ResourceType type,
                @RequestParam(required = false) @Nullable String edition,
                @RequestParam(required = false) @Nullable Sharing sharing,
                @RequestParam(required = false) @Nullable Long school,
                @RequestParam(defaultValue = "false") boolean mine,
                @RequestParam(defaultValue = "false") boolean featured,
                @RequestParam(required = false) ResourceQuery.@Nullable Sort sort,
                @RequestParam(defaultValue = "0") int page,
                @RequestHeader(value = "HX-Request", required = false) @Nullable String htmx, Model model) {
        ResourceQuery query = new ResourceQuery(text, stage, subject, grade, type, edition, sharing, school, featured,
                sort == null ? ResourceQuery.Sort.RELEVANCE : sort);
        model.addAttribute("query", query);
        model.addAttribute("mine", mine);
        if (mine) {
            model.addAttribute("own", library.list(scope, new ResourceFilter(text, stage, subject, grade, type, true,
                    false, ResourceFilter.Order.NEWEST), page, PAGE_SIZE));
        } else {
            model.addAttribute("found", library.search(scope, query, page, PAGE_SIZE));
        }
        model.addAttribute("stages", Stage.values());
        model.addAttribute("subjects", Subject.values());
        model.addAttribute("types", ResourceType.values());
        model.addAttribute("sorts", ResourceQuery.Sort.values());
        model.addAttribute("mayAuthor", !library.owners(scope).isEmpty());
        return htmx != null ? "library/resources :: results" : "library/resources";
    }

    /** Rebuilds the search index from the database (platform operators). */
    @PostMapping("/reindex")
    String reindex(Scope scope, RedirectAttributes redirect) {
        search.reindex(scope);
        redirect.addFlashAttribute("notice", "library.notice.reindexed");
        return "redirect:/library";
    }

    @GetMapping("/resources/{id}")
    String resource(Scope scope, @PathVariable long id, Model model) {
        model.addAttribute("resource", library.view(scope, ResourceId.of(id)));
        model.addAttribute("pushableClasses", pushes.pushableClasses(scope));
        model.addAttribute("engagement", engagement.of(scope, ResourceId.of(id)));
        model.addAttribute("today", java.time.LocalDate.now(clock));
        return "library/resource";
    }

    @GetMapping("/resources/{id}/files/{fileId}/content")
    void content(Scope scope, @PathVariable long id, @PathVariable long fileId,
                 @RequestParam(required = false) @Nullable Integer version,
                 @RequestParam(defaultValue = "false") boolean download,
                 HttpServletRequest request, HttpServletResponse response) throws IOException {
        downloads.send(scope, id, fileId, version, download, request, response);
    }

    @GetMapping("/resources/{id}/files/{fileId}/preview")
    void preview(Scope scope, @PathVariable long id, @PathVariable long fileId,
                 @RequestParam(required = false) @Nullable Integer version, HttpServletResponse response)
            throws IOException {
        downloads.sendPreview(scope, id, fileId, version, response);
    }

    @GetMapping("/review")
    String reviewQueue(Scope scope, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("results", library.reviewQueue(scope, page, PAGE_SIZE));
        return "library/review";
    }
}
