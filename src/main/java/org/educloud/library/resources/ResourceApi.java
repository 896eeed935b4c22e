package org.educloud.library.resources;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.educloud.library.ResourceDetail;
import org.educloud.library.ResourceDraft;
import org.educloud.library.ResourceFilter;
import org.educloud.library.ResourceId;
import org.educloud.library.ResourceLibrary;
import org.educloud.library.ResourceQuery;
import org.educloud.library.ResourceType;
import org.educloud.library.ResourceView;
import org.educloud.library.SearchResults;
import org.educloud.library.Sharing;
import org.educloud.library.Subject;
import org.educloud.library.storage.LibraryProperties;
import org.educloud.shared.PageSlice;
import org.educloud.shared.Scope;
import org.educloud.shared.TooLargeException;
import org.educloud.tenancy.Stage;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The library over JSON. Files are uploaded as the raw request body, streamed to a spool file and checked before a
 * short transaction records them, so a large video needs no more memory than a small one and a slow client holds
 * no database connection; a declared length beyond the limit is refused before anything is read. Downloads honour
 * Range like the pages.
 */
@RestController
@RequestMapping("/api/v1/resources")
@Tag(name = "Library", description = "Teaching resources, their files and review")
class ResourceApi {

    private final ResourceLibrary library;
    private final LibraryProperties properties;

    ResourceApi(ResourceLibrary library, LibraryProperties properties) {
        this.library = library;
        this.properties = properties;
    }

    @GetMapping
    @Operation(summary = "Search published resources within reach (words in Chinese or English, facets, highlighted titles)")
    SearchResults search(Scope scope, @RequestParam(required = false) @Nullable String text,
                         @RequestParam(required = false) @Nullable Stage stage,
                         @RequestParam(required = false) @Nullable Subject subject,
                         @RequestParam(required = false) @Nullable Integer grade,
                         @RequestParam(required = false) @Nullable ResourceType type,
                         @RequestParam(required = false) @Nullable String edition,
                         @RequestParam(required = false) @Nullable Sharing sharing,
                         @RequestParam(required = false) @Nullable Long school,
                         @RequestParam(defaultValue = "false") boolean featured,
                         @RequestParam(required = false) ResourceQuery.@Nullable Sort sort,
                         @RequestParam(defaultValue = "0") int page,
                         @RequestParam(defaultValue = "20") int size) {
        return library.search(scope, new ResourceQuery(text, stage, subject, grade, type, edition, sharing, school,
                featured, sort), page, Math.clamp(size, 1, 100));
    }

    @GetMapping("/mine")
    @Operation(summary = "The caller's own resources in every status, newest first")
    PageSlice<ResourceView> mine(Scope scope, @RequestParam(defaultValue = "0") int page,
                                 @RequestParam(defaultValue = "20") int size) {
        return library.list(scope, new ResourceFilter(null, null, null, null, null, true, false,
                ResourceFilter.Order.NEWEST), page, Math.clamp(size, 1, 100));
    }

    @GetMapping("/{id}")
    @Operation(summary = "A resource with its files, versions and review history")
    ResourceDetail detail(Scope scope, @PathVariable long id) {
        return library.view(scope, ResourceId.of(id));
    }

    @PostMapping
    @Operation(summary = "Describe a new resource (a draft); upload its files next")
    ResponseEntity<Map<String, Long>> create(Scope scope, @Valid @RequestBody ResourceDraft draft) {
        long id = library.create(scope, draft).value();
        return ResponseEntity.created(URI.create("/api/v1/resources/" + id)).body(Map.of("id", id));
    }

    /**
     * A body declared as JSON is refused first thing, before it is read: the platform's upload gate lets JSON pass
     * without an upload permit, so reading one here would escape the cap on uploads in progress. A plain form takes a
     * permit there, and is refused by the mapping (its parameters would otherwise be taken from the body).
     */
    @PostMapping(path = "/{id}/files", consumes = "!" + MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    @Operation(summary = "Upload a file (the body, sent as its own media type or application/octet-stream) under the "
            + "given name; with fileId, a new version of that file. 413 when larger than allowed (a declared "
            + "Content-Length is checked before the body is read), 415 for a body declared as JSON or a form, 429 "
            + "with Retry-After when the caller already has as many uploads in progress as allowed")
    ResponseEntity<Map<String, Long>> upload(Scope scope, @PathVariable long id, @RequestParam String name,
                                             @RequestParam(required = false) @Nullable Long fileId,
                                             @RequestParam(required = false) @Nullable String note,
                                             HttpServletRequest request)
            throws IOException, HttpMediaTypeNotSupportedException {
        refuseJson(request.getContentType());
        long limit = properties.maxFileSize().toBytes();
        if (request.getContentLengthLong() > limit) {
            throw new TooLargeException("library.error.fileTooLarge", limit / (1024 * 1024));
        }
        try (InputStream body = request.getInputStream()) {
            if (fileId == null) {
                long created = library.addFile(scope, ResourceId.of(id), body, name, note);
                return ResponseEntity.created(URI.create("/api/v1/resources/" + id + "/files/" + created
                        + "/content")).body(Map.of("fileId", created));
            }
            int version = library.addVersion(scope, ResourceId.of(id), fileId, body, name, note);
            return ResponseEntity.ok(Map.of("fileId", fileId, "version", (long) version));
        }
    }

    private static void refuseJson(@Nullable String contentType) throws HttpMediaTypeNotSupportedException {
        if (contentType == null) {
            return;
        }
        MediaType declared = MediaType.parseMediaType(contentType);
        if (MediaType.APPLICATION_JSON.equalsTypeAndSubtype(declared) || declared.getSubtype().endsWith("+json")) {
            throw new HttpMediaTypeNotSupportedException(declared, List.of(MediaType.APPLICATION_OCTET_STREAM),
                    HttpMethod.POST);
        }
    }
}
