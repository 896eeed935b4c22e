package org.educloud.records.xapi;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Matches the attachments a batch of statements declares with the parts the request carried: every declared
 * attachment without a {@code fileUrl} must arrive as a part, every part must be declared, and each part's bytes
 * must hash to what it claims. Signature attachments are checked as JWS against their statement.
 */
final class StatementAttachments {

    static final String SIGNATURE = "http://adlnet.gov/expapi/attachments/signature";

    /** An attachment's content, named by its SHA-256. */
    record Content(String sha2, String contentType, byte[] bytes) {
    }

    private StatementAttachments() {
    }

    /** A JSON request carries no contents: every attachment must point to its file. */
    static void requireFileUrls(List<JsonNode> statements) {
        for (JsonNode statement : statements) {
            for (JsonNode attachment : declared(statement)) {
                if (!attachment.has("fileUrl")) {
                    throw new InvalidStatement("statement.attachments: an attachment without fileUrl must be sent "
                            + "as a part of a multipart/mixed request");
                }
            }
        }
    }

    /** The contents to keep, once every part is accounted for and every signature holds. */
    static List<Content> match(List<JsonNode> statements, List<MultipartMixed.Part> parts) {
        Map<String, MultipartMixed.Part> bySha2 = new LinkedHashMap<>();
        for (MultipartMixed.Part part : parts) {
            String hash = part.header("X-Experience-API-Hash");
            if (hash == null || hash.isBlank()) {
                throw new InvalidStatement("multipart body: an attachment part lacks its X-Experience-API-Hash header");
            }
            String transfer = part.header("Content-Transfer-Encoding");
            if (transfer != null && !"binary".equalsIgnoreCase(transfer)) {
                throw new InvalidStatement("multipart body: Content-Transfer-Encoding of an attachment must be binary");
            }
            String sha2 = hash.strip().toLowerCase(Locale.ROOT);
            if (!sha2.equals(sha256(part.body()))) {
                throw new InvalidStatement("multipart body: the part with X-Experience-API-Hash " + sha2
                        + " has different content");
            }
            bySha2.put(sha2, part);
        }
        Map<String, Content> used = new LinkedHashMap<>();
        for (JsonNode statement : statements) {
            for (JsonNode attachment : declared(statement)) {
                String sha2 = attachment.get("sha2").asString().toLowerCase(Locale.ROOT);
                MultipartMixed.Part part = bySha2.get(sha2);
                if (part == null && !attachment.has("fileUrl")) {
                    throw new InvalidStatement("statement.attachments: no part carries the attachment with sha2 " + sha2);
                }
                if (SIGNATURE.equals(attachment.get("usageType").asString())) {
                    signature(statement, attachment, part);
                }
                if (part != null) {
                    used.put(sha2, new Content(sha2, attachment.get("contentType").asString(), part.body()));
                }
            }
        }
        if (used.size() < bySha2.size()) {
            throw new InvalidStatement("multipart body: a part carries content no statement declares as an attachment");
        }
        return new ArrayList<>(used.values());
    }

    private static void signature(JsonNode statement, JsonNode attachment, MultipartMixed.Part part) {
        if (!"application/octet-stream".equalsIgnoreCase(attachment.get("contentType").asString())) {
            throw new InvalidStatement("statement.attachments: a signature's contentType must be application/octet-stream");
        }
        if (part == null) {
            throw new InvalidStatement("statement.attachments: the signature must be sent as a part, not by fileUrl");
        }
        StatementSignature.verify(statement, part.body());
    }

    /** A statement's attachments and its sub-statement's. */
    static List<JsonNode> declared(JsonNode statement) {
        List<JsonNode> all = new ArrayList<>();
        statement.path("attachments").forEach(all::add);
        statement.path("object").path("attachments").forEach(all::add);
        return all;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
