package org.educloud.assessment.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import org.educloud.shared.FieldRuleViolationException;
import org.educloud.shared.Scope;
import org.educloud.shared.TooLargeException;
import org.educloud.shared.tabular.ImportLimits;
import org.springframework.stereotype.Service;

/**
 * An uploaded file of items, whichever kind: a {@code .zip} is a QTI content package, anything else the item
 * template (XLSX or CSV, told apart by its bytes). The caller's right to author and the file's size are checked
 * before the upload is read; the file is spooled to a private temporary file and removed afterwards.
 */
@Service
public class ItemImports {

    private final QtiImport qti;
    private final TemplateImport template;
    private final ImportLimits limits;

    ItemImports(QtiImport qti, TemplateImport template, ImportLimits limits) {
        this.qti = qti;
        this.template = template;
        this.limits = limits;
    }

    /** Whether the file named so is read as a QTI package. */
    static boolean isPackage(String fileName) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(".zip");
    }

    public ImportOutcome importFile(Scope scope, ImportDefaults defaults, String fileName, long size,
                                    InputStream content) {
        ItemMedia.ownerPath(scope);
        if (defaults.knowledgePoints().isEmpty()) {
            throw new FieldRuleViolationException("knowledgePoints", "assessment.validation.knowledgePoints");
        }
        if (limits.tooLarge(size)) {
            throw new TooLargeException("roster.import.limit.fileSize", limits.fileSizeText());
        }
        Path spool = null;
        try {
            spool = Files.createTempFile("assessment-import", ".upload");
            Files.copy(content, spool, StandardCopyOption.REPLACE_EXISTING);
            return isPackage(fileName) ? qti.importPackage(scope, defaults, spool)
                    : template.importFile(scope, defaults, spool);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not spool an item import", e);
        } finally {
            if (spool != null) {
                try {
                    Files.deleteIfExists(spool);
                } catch (IOException ignored) {
                    // a temporary file the system cleans up in time
                }
            }
        }
    }
}
