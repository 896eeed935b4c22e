package org.educloud.records.xapi;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Reads request bodies within the LRS's limits ({@code educloud.records.max-*}). A declared Content-Length over the
 * limit is refused before a byte is read; the body is then read through a bound one byte past the limit, so a client
 * that sends more than it declared, or declares nothing (chunked), is stopped there too. No request holds more than
 * its limit in memory, however many arrive at once.
 */
@Component
class RequestLimits {

    private final long statements;
    private final long attachments;
    private final long documents;
    private final int batch;

    RequestLimits(RecordsProperties properties) {
        this.statements = properties.maxStatementsSize().toBytes();
        this.attachments = properties.maxAttachmentsSize().toBytes();
        this.documents = properties.maxDocumentSize().toBytes();
        this.batch = properties.maxBatch();
    }

    /** The body of a statement request: JSON, or multipart/mixed with the attachments' parts as well. */
    byte[] statementsBody(HttpServletRequest request, boolean multipart) {
        return read(request, multipart ? statements + attachments : statements,
                multipart ? "the statements and attachments of one request" : "the statements of one request");
    }

    byte[] documentBody(HttpServletRequest request) {
        return read(request, documents, "a document");
    }

    /** The JSON part and the attachment parts of a multipart request, each against its own limit. */
    void parts(long statementsPart, long attachmentParts) {
        if (statementsPart > statements) {
            throw new RequestTooLarge("the statements of one request", statements);
        }
        if (attachmentParts > attachments) {
            throw new RequestTooLarge("the attachments of one request", attachments);
        }
    }

    void batch(int count) {
        if (count > batch) {
            throw new RequestTooLarge("A request may carry up to " + batch + " statements; this one carries " + count
                    + ". Send them in smaller batches.");
        }
    }

    /** The largest alternate-syntax form worth reading: a percent-encoded body of either kind, with room for fields. */
    long formLimit() {
        return 3 * Math.max(statements, documents) + 64 * 1024;
    }

    private static byte[] read(HttpServletRequest request, long limit, String what) {
        if (request.getContentLengthLong() > limit) {
            throw new RequestTooLarge(what, limit);
        }
        byte[] body;
        try {
            body = request.getInputStream().readNBytes((int) Math.min(limit + 1, Integer.MAX_VALUE - 8));
        } catch (IOException e) {
            // the client went away or broke off the body: nobody reads this answer, but it is no server error
            throw new InvalidStatement("the request body could not be read to its end");
        }
        if (body.length > limit) {
            throw new RequestTooLarge(what, limit);
        }
        return body;
    }

    /** A request over one of the limits: answers 413 with the limit, and nothing of the request is stored. */
    static final class RequestTooLarge extends RuntimeException {

        RequestTooLarge(String what, long limit) {
            super("The request is too large: " + what + " may take up to " + shown(limit) + ".");
        }

        RequestTooLarge(String message) {
            super(message);
        }

        private static String shown(long bytes) {
            DataSize size = DataSize.ofBytes(bytes);
            if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
                return size.toMegabytes() + " MB";
            }
            if (bytes >= 1024 && bytes % 1024 == 0) {
                return size.toKilobytes() + " KB";
            }
            return bytes + " bytes";
        }
    }
}
