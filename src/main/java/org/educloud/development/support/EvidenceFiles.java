package org.educloud.development.support;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.educloud.library.FileContent;
import org.educloud.library.ReceivedFile;
import org.educloud.library.StoredFile;
import org.educloud.library.StoredFiles;
import org.educloud.shared.FieldRuleViolationException;
import org.educloud.shared.RuleViolationException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * Evidence files teachers upload — a claim's proof of outside training, a programme task's hand-in — kept in the
 * platform's file store like every upload (backups, S3 and the storage limits cover them; the row names the hash).
 * One rule for both: PDF, JPEG or PNG as the file store sniffs the bytes (never the name), at most
 * {@link #MAX_BYTES}. An upload is refused from its declared size before a byte is read, then read and checked
 * outside any transaction ({@link #receive}); the use case checks again and stores it in its own short transaction
 * ({@link #store}), so a refused or interrupted upload leaves no file and no row. Sent back only as an attachment.
 */
@Component
public class EvidenceFiles {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    /** The kinds the file store recognised from the bytes (not from the name) that count as evidence. */
    private static final Set<String> KINDS = Set.of("application/pdf", "image/jpeg", "image/png");

    private final StoredFiles files;

    EvidenceFiles(StoredFiles files) {
        this.files = files;
    }

    /**
     * Reads and checks an upload for a form field; null when none was chosen. Call it before the use case's
     * transaction: a slow client must not hold a database connection. The caller closes what it answers.
     */
    public @Nullable ReceivedFile receive(@Nullable MultipartFile upload, String field) throws IOException {
        if (upload == null || upload.isEmpty()) {
            return null;
        }
        if (upload.getSize() > MAX_BYTES) {
            throw tooLarge(field);
        }
        String name = upload.getOriginalFilename();
        ReceivedFile received;
        try (InputStream in = upload.getInputStream()) {
            received = files.receive(in, name == null || name.isBlank() ? "evidence" : name);
        } catch (FieldRuleViolationException refused) {
            throw refused;
        } catch (RuleViolationException refused) {
            // a kind or content the file store refuses outright (a program, a page with scripts)
            throw new FieldRuleViolationException(field, "development.claim.evidenceKind");
        }
        try {
            check(received, field);
            return received;
        } catch (FieldRuleViolationException refused) {
            received.close();
            throw refused;
        }
    }

    /** Refuses a received file over the limit or of another kind (the use case does not trust its caller). */
    public static void check(ReceivedFile file, String field) {
        if (file.size() > MAX_BYTES) {
            throw tooLarge(field);
        }
        if (!KINDS.contains(file.mediaType())) {
            throw new FieldRuleViolationException(field, "development.claim.evidenceKind");
        }
    }

    /** Keeps a checked file in the caller's transaction; answers what the row names: a name of at most 200 characters. */
    public StoredEvidence store(ReceivedFile file) {
        StoredFile stored = files.store(file);
        String name = file.fileName();
        return new StoredEvidence(name.length() > 200 ? name.substring(0, 200) : name, stored.mediaType(),
                stored.sha256(), stored.size());
    }

    /** Sends a stored evidence file as a download under its uploaded name, never to be shown inline. */
    public void send(StoredEvidence evidence, HttpServletResponse response) throws IOException {
        FileContent content = files.open(evidence.sha256(), evidence.name(), 0, evidence.size());
        response.setContentType(evidence.type());
        response.setContentLengthLong(content.length());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Disposition", "attachment; filename=\"evidence\"; filename*=UTF-8''"
                + URLEncoder.encode(evidence.name(), StandardCharsets.UTF_8).replace("+", "%20"));
        try (InputStream in = content.content()) {
            in.transferTo(response.getOutputStream());
        }
    }

    private static FieldRuleViolationException tooLarge(String field) {
        return new FieldRuleViolationException(field, "development.claim.evidenceTooLarge", MAX_BYTES / 1024 / 1024);
    }
}
