package org.educloud.library;

import java.io.InputStream;
import java.util.List;
import org.educloud.library.engagement.RecordingUsage;
import org.educloud.library.files.ReadingFiles;
import org.educloud.library.files.UploadingFiles;
import org.educloud.library.resources.AuthoringResources;
import org.educloud.library.resources.ResourceQueries;
import org.educloud.library.review.ReviewingResources;
import org.educloud.library.search.ResourceSearch;
import org.educloud.shared.PageSlice;
import org.educloud.shared.Scope;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The resource library as pages, the API and other modules use it. Every call takes the caller's scope (null for
 * an anonymous visitor of the public portal, who sees public resources only); a resource outside it answers
 * "not found". Each call is one transaction, except uploads: see {@link UploadingFiles}.
 */
@Service
public class ResourceLibrary {

    private final AuthoringResources authoring;
    private final ReviewingResources reviewing;
    private final ResourceQueries queries;
    private final ReadingFiles reading;
    private final RecordingUsage usage;
    private final ResourceSearch search;
    private final UploadingFiles uploading;

    ResourceLibrary(AuthoringResources authoring, ReviewingResources reviewing, ResourceQueries queries,
                    ReadingFiles reading, RecordingUsage usage, ResourceSearch search, UploadingFiles uploading) {
        this.uploading = uploading;
        this.reading = reading;
        this.usage = usage;
        this.search = search;
        this.authoring = authoring;
        this.reviewing = reviewing;
        this.queries = queries;
    }

    @Transactional(readOnly = true)
    public List<OwnerChoice> owners(Scope scope) {
        return authoring.owners(scope);
    }

    @Transactional(readOnly = true)
    public PageSlice<ResourceView> list(@Nullable Scope scope, ResourceFilter filter, int page, int size) {
        return queries.list(scope, filter, page, size);
    }

    /**
     * Published resources within the caller's reach that match the words, with facet counts and the matched words
     * marked in titles; null scope searches what the public sees.
     */
    @Transactional(readOnly = true)
    public SearchResults search(@Nullable Scope scope, ResourceQuery query, int page, int size) {
        return search.search(scope, query, page, size);
    }

    /**
     * The published resources within the caller's reach (null: the public's) on a shelf of the curriculum catalogue:
     * a textbook node or knowledge point the caller sees, with everything below it. Another area's node answers
     * "not found".
     */
    @Transactional(readOnly = true)
    public PageSlice<ResourceView> onShelf(@Nullable Scope scope, CatalogueShelf shelf, int page, int size) {
        return queries.onShelf(scope, shelf, page, size);
    }

    /** How many of those resources each textbook node or knowledge point of a subject and stage holds. */
    @Transactional(readOnly = true)
    public java.util.Map<Long, Long> shelfCounts(@Nullable Scope scope, Subject subject,
                                                 org.educloud.tenancy.Stage stage, CatalogueShelf.Level level) {
        return queries.shelfCounts(scope, subject, stage, level);
    }

    /**
     * Of these resources, the ones the caller may see, in the order given: for other modules that refer to resources
     * (a course's lessons) and must not show what the reader may not open. Not counted as views.
     */
    @Transactional(readOnly = true)
    public List<ResourceView> visible(@Nullable Scope scope, List<ResourceId> ids) {
        return queries.visibleAmong(scope, ids.stream().map(ResourceId::value).toList());
    }

    @Transactional(readOnly = true)
    public PageSlice<ResourceView> reviewQueue(Scope scope, int page, int size) {
        return queries.reviewQueue(scope, page, size);
    }

    /** A resource's page; counts as a view. */
    @Transactional
    public ResourceDetail view(@Nullable Scope scope, ResourceId id) {
        ResourceDetail detail = queries.detail(scope, id.value());
        usage.viewed(scope, queries.visible(scope, id.value()));
        return detail;
    }

    @Transactional(readOnly = true)
    public ResourceDraft draft(Scope scope, ResourceId id) {
        return queries.draft(scope, id.value());
    }

    @Transactional
    public ResourceId create(Scope scope, ResourceDraft draft) {
        return ResourceId.of(authoring.create(scope, draft));
    }

    /** Creates a resource with its first file: both are kept, or neither. The file is read before any transaction. */
    public ResourceId create(Scope scope, ResourceDraft draft, InputStream upload, String fileName) {
        return ResourceId.of(uploading.create(scope, draft, upload, fileName));
    }

    @Transactional
    public void revise(Scope scope, ResourceId id, ResourceDraft draft) {
        authoring.revise(scope, id.value(), draft);
    }

    /** Adds a file; the upload is read before a transaction opens, so a slow client holds no connection. */
    public long addFile(Scope scope, ResourceId id, InputStream upload, String fileName, @Nullable String note) {
        return uploading.addFile(scope, id.value(), upload, fileName, note);
    }

    /** Adds a version of a file; read like {@link #addFile}. */
    public int addVersion(Scope scope, ResourceId id, long fileId, InputStream upload, String fileName,
                          @Nullable String note) {
        return uploading.addVersion(scope, id.value(), fileId, upload, fileName, note);
    }

    @Transactional
    public void submit(Scope scope, ResourceId id) {
        reviewing.submit(scope, id.value());
    }

    @Transactional
    public void approve(Scope scope, ResourceId id, @Nullable String comment) {
        reviewing.approve(scope, id.value(), comment);
    }

    @Transactional
    public void reject(Scope scope, ResourceId id, @Nullable String comment) {
        reviewing.reject(scope, id.value(), comment);
    }

    @Transactional
    public void withdraw(Scope scope, ResourceId id, @Nullable String comment) {
        reviewing.withdraw(scope, id.value(), comment);
    }

    @Transactional
    public void feature(Scope scope, ResourceId id, boolean featured) {
        reviewing.feature(scope, id.value(), featured);
    }

    /** The size of a file version the caller may read, to settle a Range request before opening it. */
    @Transactional(readOnly = true)
    public FileVersionSize fileSize(@Nullable Scope scope, ResourceId id, long fileId, @Nullable Integer version) {
        return reading.size(scope, id.value(), fileId, version);
    }

    /**
     * Opens the bytes of a file version the caller may read, to {@code download} (save a copy) or to show inline in
     * the resource's page. Only a download read from the start counts as a download; the later ranges of a resumed
     * download do not, and inline showing counts nothing, since the page showing it counted the view.
     */
    @Transactional
    public FileContent open(@Nullable Scope scope, ResourceId id, long fileId, @Nullable Integer version, long offset,
                            long length, boolean download) {
        return reading.open(scope, id.value(), fileId, version, offset, length, download);
    }

    /** The small PNG of an image or of a PDF's first page, for lists and covers. */
    @Transactional(readOnly = true)
    public FileContent preview(@Nullable Scope scope, ResourceId id, long fileId, @Nullable Integer version) {
        return reading.preview(scope, id.value(), fileId, version);
    }

    /** The size, content hash (the ETag) and media type of a file version. */
    public record FileVersionSize(long size, String sha256, String mediaType) {
    }
}
