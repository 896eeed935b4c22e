package org.educloud.shared.tabular;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.ui.Model;
import org.springframework.web.multipart.MultipartFile;

/**
 * What every import page does with the file it is sent before its importer reads it: no file, or an empty one, is
 * the page's own refusal; a file beyond {@link ImportLimits#maxFileSize()} is refused unread (413, the page's
 * {@code problemText} names the limit); any other is spooled to a temporary file, read from there (the readers
 * take a path, since an XLSX workbook is a zip read by its entries) and deleted whatever the importer does.
 * A page makes one from the limits and messages it is given, so the kit stays free of services.
 */
public final class ImportUpload {

    private final ImportLimits limits;
    private final MessageSource messages;

    public ImportUpload(ImportLimits limits, MessageSource messages) {
        this.limits = limits;
        this.messages = messages;
    }

    /** An importer that reads the spooled copy of an upload. */
    @FunctionalInterface
    public interface SpooledImport<T> {
        T read(Path spool) throws IOException;
    }

    /**
     * The importer's outcome for an uploaded file, or null when the file was refused before it was read: then either
     * {@code noFile} has run, or the answer is 413 with the limit in the model's {@code problemText}.
     *
     * @param spoolName the temporary file's prefix, naming the import for whoever looks into the temporary folder
     */
    public <T> @Nullable T read(@Nullable MultipartFile file, String spoolName, Runnable noFile, Model model,
                                Locale locale, HttpServletResponse response, SpooledImport<T> importer)
            throws IOException {
        if (file == null || file.isEmpty()) {
            noFile.run();
            return null;
        }
        if (limits.tooLarge(file.getSize())) {
            response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            model.addAttribute("problemText", messages.getMessage("roster.import.limit.fileSize",
                    new Object[] {limits.fileSizeText()}, locale));
            return null;
        }
        return spooled(file, spoolName, importer);
    }

    /** Reads a file already checked from a temporary copy that is deleted whatever the importer does. */
    public static <T> T spooled(MultipartFile file, String spoolName, SpooledImport<T> importer) throws IOException {
        Path spool = Files.createTempFile(spoolName, ".upload");
        try {
            file.transferTo(spool);
            return importer.read(spool);
        } finally {
            Files.deleteIfExists(spool);
        }
    }
}
