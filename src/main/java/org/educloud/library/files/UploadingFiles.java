package org.educloud.library.files;

import java.io.InputStream;
import java.util.function.Supplier;
import org.educloud.library.ReceivedFile;
import org.educloud.library.ResourceDraft;
import org.educloud.library.StoredFiles;
import org.educloud.library.resources.AuthoringResources;
import org.educloud.shared.Scope;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Uploads to a resource without holding a database connection while the client sends: whether the caller may
 * upload is settled first in a short transaction (so a refused caller's body is never read), the file is then read
 * and checked with no transaction at all, and a second short transaction records it, checking the rules again since
 * the resource may have changed meanwhile. Called inside a transaction (the demo installation), every step joins it.
 */
@Component
public class UploadingFiles {

    private final AuthoringResources authoring;
    private final StoredFiles storedFiles;
    private final TransactionTemplate transactions;

    UploadingFiles(AuthoringResources authoring, StoredFiles storedFiles, TransactionTemplate transactions) {
        this.authoring = authoring;
        this.storedFiles = storedFiles;
        this.transactions = transactions;
    }

    public long create(Scope scope, ResourceDraft draft, InputStream upload, String fileName) {
        try (ReceivedFile file = storedFiles.receive(upload, fileName)) {
            return inTransaction(() -> {
                long id = authoring.create(scope, draft);
                authoring.addFile(scope, id, file, null);
                return id;
            });
        }
    }

    public long addFile(Scope scope, long id, InputStream upload, String fileName, @Nullable String note) {
        inTransaction(() -> {
            authoring.checkMayUpload(scope, id, null);
            return null;
        });
        try (ReceivedFile file = storedFiles.receive(upload, fileName)) {
            return inTransaction(() -> authoring.addFile(scope, id, file, note));
        }
    }

    public int addVersion(Scope scope, long id, long fileId, InputStream upload, String fileName, @Nullable String note) {
        inTransaction(() -> {
            authoring.checkMayUpload(scope, id, fileId);
            return null;
        });
        try (ReceivedFile file = storedFiles.receive(upload, fileName)) {
            return inTransaction(() -> authoring.addVersion(scope, id, fileId, file, note));
        }
    }

    private <T> T inTransaction(Supplier<T> work) {
        return transactions.execute(status -> work.get());
    }
}
