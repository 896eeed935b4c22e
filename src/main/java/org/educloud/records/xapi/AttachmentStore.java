package org.educloud.records.xapi;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * Attachment contents: each stored once per SHA-256, and linked to every statement that carried it. A content is
 * served only through a statement that carried it, never because a statement merely declares its hash: a hash is
 * no secret (it travels in every statement that declares it), the bytes may be.
 */
@Component
class AttachmentStore {

    private final JdbcClient jdbc;

    AttachmentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Keeps what the new statements of a request carried, in the request's transaction. Contents that only
     * statements sent again declare are not kept again: their first sending did that.
     */
    void keep(List<? extends JsonNode> fresh, List<StatementAttachments.Content> contents, Instant now) {
        if (contents.isEmpty()) {
            return;
        }
        Map<String, StatementAttachments.Content> carried = new LinkedHashMap<>();
        contents.forEach(content -> carried.put(content.sha2(), content));
        Set<String> links = new LinkedHashSet<>();
        List<String> statementIds = new ArrayList<>();
        List<String> sha2s = new ArrayList<>();
        List<String> types = new ArrayList<>();
        Set<String> kept = new LinkedHashSet<>();
        for (JsonNode statement : fresh) {
            String id = statement.get("id").asString();
            for (JsonNode attachment : StatementAttachments.declared(statement)) {
                String sha2 = attachment.get("sha2").asString().toLowerCase(Locale.ROOT);
                if (carried.containsKey(sha2) && links.add(id + " " + sha2)) {
                    statementIds.add(id);
                    sha2s.add(sha2);
                    types.add(attachment.get("contentType").asString());
                    kept.add(sha2);
                }
            }
        }
        for (String sha2 : kept) {
            StatementAttachments.Content content = carried.get(sha2);
            jdbc.sql("""
                            INSERT INTO records.attachment (sha2, content_type, length, content, stored)
                            VALUES (?, ?, ?, ?, ?) ON CONFLICT (sha2) DO NOTHING""")
                    .params(sha2, content.contentType(), content.bytes().length, content.bytes(), Timestamp.from(now))
                    .update();
        }
        jdbc.sql("""
                        INSERT INTO records.statement_attachment (statement_id, sha2, content_type)
                        SELECT * FROM unnest(?::text[]::uuid[], ?::text[], ?::text[]) ON CONFLICT DO NOTHING""")
                .params(statementIds.toArray(String[]::new), sha2s.toArray(String[]::new), types.toArray(String[]::new))
                .update();
    }

    /** The contents these statements carried, each once; the caller has checked that the reader may read them. */
    @Transactional(readOnly = true)
    List<StatementAttachments.Content> carriedBy(Collection<UUID> statementIds) {
        if (statementIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT DISTINCT ON (l.sha2) l.sha2, l.content_type, a.content
                        FROM records.statement_attachment l JOIN records.attachment a ON a.sha2 = l.sha2
                        WHERE l.statement_id IN (:ids) ORDER BY l.sha2""")
                .param("ids", statementIds)
                .query((rs, n) -> new StatementAttachments.Content(rs.getString(1), rs.getString(2), rs.getBytes(3)))
                .list();
    }
}
