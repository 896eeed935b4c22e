package org.educloud.library.files;

import org.educloud.library.FileContent;
import org.educloud.library.ResourceLibrary;
import org.educloud.library.StoredFiles;
import org.educloud.library.engagement.RecordingUsage;
import org.educloud.library.resources.Resource;
import org.educloud.library.resources.ResourceFiles;
import org.educloud.library.resources.ResourceQueries;
import org.educloud.shared.NotFoundException;
import org.educloud.shared.Scope;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Reading a file version of a resource the caller may see. A read from the first byte for download counts as a
 * download; showing the file inline in its resource's page counts nothing more, since the page counted the view.
 */
@Component
public class ReadingFiles {

    private final ResourceQueries queries;
    private final ResourceFiles files;
    private final StoredFiles storedFiles;
    private final RecordingUsage usage;

    ReadingFiles(ResourceQueries queries, ResourceFiles files, StoredFiles storedFiles, RecordingUsage usage) {
        this.queries = queries;
        this.files = files;
        this.storedFiles = storedFiles;
        this.usage = usage;
    }

    public ResourceLibrary.FileVersionSize size(@Nullable Scope scope, long id, long fileId, @Nullable Integer version) {
        queries.visible(scope, id);
        ResourceFiles.Version v = version(id, fileId, version);
        return new ResourceLibrary.FileVersionSize(v.size(), v.sha256(), v.mediaType());
    }

    public FileContent open(@Nullable Scope scope, long id, long fileId, @Nullable Integer version, long offset,
                     long length, boolean download) {
        Resource resource = queries.visible(scope, id);
        ResourceFiles.Version v = version(id, fileId, version);
        if (download && offset == 0) {
            usage.downloaded(scope, resource);
        }
        return storedFiles.open(v.sha256(), v.fileName(), offset, length);
    }

    /** The preview image of a file version the caller may read, if it has one. */
    public FileContent preview(@Nullable Scope scope, long id, long fileId, @Nullable Integer version) {
        queries.visible(scope, id);
        ResourceFiles.Version v = version(id, fileId, version);
        String preview = storedFiles.previewOf(v.sha256())
                .orElseThrow(() -> new NotFoundException("library.error.fileNotFound"));
        long size = storedFiles.size(preview);
        return storedFiles.open(preview, "preview.png", 0, size);
    }

    private ResourceFiles.Version version(long id, long fileId, @Nullable Integer version) {
        return files.version(id, fileId, version)
                .orElseThrow(() -> new NotFoundException("library.error.fileNotFound"));
    }
}
